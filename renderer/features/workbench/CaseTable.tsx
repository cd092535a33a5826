import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memo, useMemo } from 'react';
import type { Calendar } from '../../../shared/calendar';
import { maskId } from '../../../shared/ids';
import type { Language } from '../../../shared/ipc';
import type { CaseRow } from '../../db/schema';
import { domainT } from '../../i18n/domain-t';
import { formatDate, formatTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { ProvisionalTag } from '../case/ProvisionalTag';
import { caseRowProps } from '../shell/case-rows';
import { useShellStore } from '../shell/store';
import { caseDeadlines, worstDeadline } from './deadline';
import './workbench.css';

interface Props {
  rows: CaseRow[] | undefined;
  today: string;
  calendar: Calendar;
  yellowAt: number;
  onOpen(caseId: string): void;
  testId: string;
}

/**
 * Cases as the workbench lists them; every row is focusable, opens with Enter, ↑/↓ move. Memoized (with
 * its columns): a key typed in the workbench's search box redraws the table only when its rows
 * change, not on every render of the page.
 */
export const CaseTable = memo(function CaseTable({ rows, today, calendar, yellowAt, onOpen, testId }: Props) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const columns = useMemo(
    () => caseColumns(t, language, today, calendar, yellowAt),
    [t, language, today, calendar, yellowAt],
  );
  return (
    <Table<CaseRow>
      data-testid={testId}
      rowKey="caseId"
      size="middle"
      columns={columns}
      dataSource={rows ?? []}
      loading={rows === undefined}
      pagination={false}
      locale={{ emptyText: t('workbench.empty') }}
      scroll={{ y: 'calc(100vh - 360px)' }}
      onRow={(r) => caseRowProps(r.caseNumber, () => onOpen(r.caseId))}
    />
  );
});

function caseColumns(
  t: ReturnType<typeof useT>,
  language: Language,
  today: string,
  calendar: Calendar,
  yellowAt: number,
): ColumnsType<CaseRow> {
  const d = domainT(language);
  return [
    {
      title: t('workbench.col.caseNumber'),
      dataIndex: 'caseNumber',
      width: 190,
      render: (n: string) => <strong>{n}</strong>,
    },
    {
      title: t('workbench.col.time'),
      width: 80,
      render: (_: unknown, r: CaseRow) => formatTime(r.state.dates.registeredAt),
    },
    {
      title: t('workbench.col.applicant'),
      render: (_: unknown, r: CaseRow) => (
        <div>
          <div>{r.state.applicant.name}</div>
          <span className="ow-case-secondary">{maskId(r.state.applicant.idNumber)}</span>
        </div>
      ),
    },
    { title: t('workbench.col.item'), render: (_: unknown, r: CaseRow) => r.state.item.name },
    {
      title: t('workbench.col.status'),
      width: 150,
      render: (_: unknown, r: CaseRow) => (
        <>
          <Tag color={d.statusColor(r.status)}>{d.status(r.status)}</Tag>
          {r.state.tolerated.length > 0 && <Tag color="gold">{t('case.tolerance')}</Tag>}
        </>
      ),
    },
    {
      title: t('workbench.col.deadline'),
      width: 190,
      render: (_: unknown, r: CaseRow) => {
        const worst = worstDeadline(caseDeadlines(r.state, today, calendar, yellowAt));
        if (!worst) return <span className="ow-case-secondary">—</span>;
        return (
          <span
            className={`ow-deadline-${worst.level === 'unknown' ? 'normal' : worst.level}`}
            data-level={worst.level}
          >
            ● {t(worst.kind === 'supply' ? 'deadline.supply' : 'deadline.promise')}{' '}
            {formatDate(worst.date, language)}
            <ProvisionalTag show={worst.provisional} />
          </span>
        );
      },
    },
  ];
}
