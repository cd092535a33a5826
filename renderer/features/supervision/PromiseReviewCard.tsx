import { Alert, Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { Calendar } from '../../../shared/calendar';
import type { CaseState } from '../../../shared/domain';
import { promisesToReview, type PromiseReview } from '../../../shared/supervision';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useShellStore } from '../shell/store';

/**
 * Open cases promised on the provisional calendar that the entered holiday schedule counts
 * differently. Shown only when there are some; nothing is changed from here.
 */
export function PromiseReviewCard({ cases, calendar }: { cases: readonly CaseState[]; calendar: Calendar }) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const rows = useMemo(() => promisesToReview(cases, calendar), [cases, calendar]);
  if (rows.length === 0) return null;
  const columns: ColumnsType<PromiseReview> = [
    { title: t('workbench.col.caseNumber'), render: (_, r) => r.state.caseNumber, width: 190 },
    { title: t('workbench.col.item'), render: (_, r) => r.state.item.name },
    { title: t('workbench.col.applicant'), render: (_, r) => r.state.applicant.name, width: 140 },
    {
      title: t('calendar.review.recorded'),
      render: (_, r) => formatDate(r.recorded, language),
      width: 150,
    },
    {
      title: t('calendar.review.official'),
      render: (_, r) => <strong data-testid="official-promise">{formatDate(r.official, language)}</strong>,
      width: 150,
    },
  ];
  return (
    <Card
      size="small"
      title={t('calendar.review.title')}
      data-testid="promise-review"
      style={{ marginBottom: 16 }}
    >
      <Alert type="info" showIcon title={t('calendar.review.hint')} style={{ marginBottom: 8 }} />
      <Table<PromiseReview>
        size="small"
        rowKey={(r) => r.state.caseId}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
      />
    </Card>
  );
}
