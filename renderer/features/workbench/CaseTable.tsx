import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Calendar } from '../../../shared/calendar';
import { maskId } from '../../../shared/ids';
import type { CaseRow } from '../../db/schema';
import { domainT } from '../../i18n/domain-t';
import { formatDate, formatTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useShellStore } from '../shell/store';
import { caseDeadlines, worstDeadline } from './deadline';

interface Props {
  rows: CaseRow[] | undefined;
  today: string;
  calendar: Calendar;
  yellowAt: number;
  onOpen(caseId: string): void;
  testId: string;
}

/** Cases as the workbench lists them; every row is focusable and opens with Enter. */
export function CaseTable({ rows, today, calendar, yellowAt, onOpen, testId }: Props) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const d = domainT(language);
  const columns: ColumnsType<CaseRow> = [
    {
      title: t('workbench.col.caseNumber'),
      dataIndex: 'caseNumber',
      width: 190,
      render: (n: string) => (
        <Typography.Text strong copyable={false}>
          {n}
        </Typography.Text>
      ),
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
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {maskId(r.state.applicant.idNumber)}
          </Typography.Text>
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
        if (!worst) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <span
            className={`ow-deadline-${worst.level === 'unknown' ? 'normal' : worst.level}`}
            data-level={worst.level}
          >
            ● {t(worst.kind === 'supply' ? 'deadline.supply' : 'deadline.promise')}{' '}
            {formatDate(worst.date, language)}
          </span>
        );
      },
    },
  ];
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
      onRow={(r) => ({
        tabIndex: 0,
        className: 'ow-case-row',
        'data-case-number': r.caseNumber,
        onClick: () => onOpen(r.caseId),
        onKeyDown: (e) => {
          if (e.key === 'Enter') onOpen(r.caseId);
        },
      })}
    />
  );
}
