import { Card, Input, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { CaseState } from '../../../shared/domain';
import { monthlyStatistics, type StatisticsRow } from '../../../shared/supervision';
import { useT } from '../../i18n/useT';
import { hallToday } from '../shell/clock';
import { ExportButton } from './ExportButton';

const rate = (r: number | undefined) => (r === undefined ? '—' : `${Math.round(r * 1000) / 10}%`);

/** 月度统计 by section (with the hall's total), from monthlyStatistics. */
export function MonthlyCard({ cases }: { cases: readonly CaseState[] }) {
  const t = useT();
  const [month, setMonth] = useState(hallToday().slice(0, 7));
  const valid = /^\d{4}-\d{2}$/.test(month);
  const stats = useMemo(() => (valid ? monthlyStatistics(cases, month) : undefined), [cases, month, valid]);
  const num = (k: 'intake' | 'accepted' | 'tolerance' | 'missing' | 'refused' | 'decided') => ({
    title: t(`supervision.month.${k}` as const),
    dataIndex: k,
    width: 80,
  });
  const columns: ColumnsType<StatisticsRow> = [
    { title: t('supervision.month.section'), dataIndex: 'label' },
    num('intake'),
    num('accepted'),
    num('tolerance'),
    num('missing'),
    num('refused'),
    num('decided'),
    {
      title: t('supervision.month.onTimeRate'),
      width: 100,
      render: (_, r) => rate(r.onTimeRate),
    },
  ];
  return (
    <Card
      size="small"
      title={t('supervision.month')}
      extra={
        <Space>
          <Input
            value={month}
            onChange={(e) => setMonth(e.target.value)}
            style={{ width: 100 }}
            size="small"
          />
          {stats && (
            <ExportButton
              testId="monthly"
              date={`${month}-01`}
              table={() => ({
                list: `${t('supervision.list.month')}（${month.replace('-', '年')}月）`,
                columns: columns.map((c) => ({ header: String(c.title) })),
                rows: [...stats.bySection, stats.total].map((r) => [
                  r.label,
                  r.intake,
                  r.accepted,
                  r.tolerance,
                  r.missing,
                  r.refused,
                  r.decided,
                  rate(r.onTimeRate),
                ]),
              })}
            />
          )}
        </Space>
      }
      data-testid="monthly-card"
    >
      <Table<StatisticsRow>
        size="small"
        rowKey="key"
        pagination={false}
        columns={columns}
        dataSource={stats ? [...stats.bySection, stats.total] : []}
      />
    </Card>
  );
}
