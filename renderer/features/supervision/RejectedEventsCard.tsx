import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { CaseEventType } from '../../../shared/domain';
import { EVENT_TYPES } from '../../../shared/domain';
import type { RejectedEvent } from '../../../shared/sync';
import { db } from '../../db/schema';
import { eventLabel } from '../../i18n/domain-labels';
import { useT } from '../../i18n/useT';
import { hallNow } from '../shell/clock';
import { caseRowProps } from '../shell/case-rows';
import { useShellStore } from '../shell/store';
import { ExportButton } from './ExportButton';
import { readRejectedEvents, type RejectedRead } from './rejected-events';

type Row = RejectedEvent & { caseNumber: string | undefined };

const isEventType = (type: string): type is CaseEventType =>
  (EVENT_TYPES as readonly string[]).includes(type);

/** The rejected events with their case numbers, from this device's copy of each case it holds. */
async function load(): Promise<RejectedRead & { rows?: Row[] }> {
  const result = await readRejectedEvents();
  if (!result.ok) return result;
  const cases = await db.cases.bulkGet([...new Set(result.events.map((e) => e.caseId))]);
  const numbers = new Map(cases.flatMap((c) => (c ? [[c.caseId, c.state.caseNumber] as const] : [])));
  return { ...result, rows: result.events.map((e) => ({ ...e, caseNumber: numbers.get(e.caseId) })) };
}

/** 被拒事件 of the hall, read from the central server; offline it says so instead of an empty list. */
export function RejectedEventsCard({ onOpen }: { onOpen?: (caseId: string) => void } = {}) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  // Each 刷新 asks again; the answer is kept with the request it answers.
  const [request, setRequest] = useState(0);
  const [read, setRead] = useState<{ request: number; value: Awaited<ReturnType<typeof load>> }>();
  const loading = read?.request !== request;

  useEffect(() => {
    let live = true;
    void load().then((value) => {
      if (live) setRead({ request, value });
    });
    return () => {
      live = false;
    };
  }, [request]);

  const typeText = (type: string) => (isEventType(type) ? eventLabel(type, language) : type);
  const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
  const answer = read?.value;
  const rows = answer?.ok ? (answer.rows ?? []) : [];
  const columns: ColumnsType<Row> = [
    {
      title: t('supervision.col.case'),
      width: 170,
      render: (_, r) =>
        r.caseNumber ?? <Typography.Text type="secondary">{r.caseId.slice(0, 13)}…</Typography.Text>,
    },
    { title: t('supervision.rejected.col.type'), width: 90, render: (_, r) => typeText(r.type) },
    { title: t('supervision.rejected.col.reasons'), render: (_, r) => r.reasons.join('；') },
    {
      title: t('supervision.rejected.col.device'),
      width: 150,
      render: (_, r) => `${r.deviceId} #${r.deviceSeq}`,
    },
    { title: t('supervision.rejected.col.actor'), dataIndex: 'actor', width: 90 },
    { title: t('supervision.rejected.col.at'), width: 130, render: (_, r) => when(r.at) },
  ];

  return (
    <Card
      size="small"
      title={
        <Space>
          {t('supervision.rejected')}
          {answer?.ok && (
            <Typography.Text type={rows.length > 0 ? 'danger' : 'secondary'} data-testid="rejected-count">
              {t('supervision.rejected.count', { n: rows.length })}
            </Typography.Text>
          )}
        </Space>
      }
      extra={
        <Space>
          <Button
            size="small"
            loading={loading}
            onClick={() => setRequest((n) => n + 1)}
            data-testid="rejected-refresh"
          >
            {t('supervision.rejected.refresh')}
          </Button>
          <ExportButton
            testId="rejected"
            table={() => ({
              list: t('supervision.list.rejected'),
              columns: [
                { header: t('supervision.col.case'), width: 22 },
                { header: t('supervision.rejected.col.type'), width: 12 },
                { header: t('supervision.rejected.col.reasons'), width: 60 },
                { header: t('supervision.rejected.col.device'), width: 24 },
                { header: t('supervision.rejected.col.actor'), width: 12 },
                { header: t('supervision.rejected.col.at'), width: 18 },
                { header: t('supervision.rejected.col.receivedAt'), width: 18 },
              ],
              rows: rows.map((r) => [
                r.caseNumber ?? r.caseId,
                typeText(r.type),
                r.reasons.join('；'),
                `${r.deviceId} #${r.deviceSeq}`,
                r.actor,
                { dateTime: r.at },
                { dateTime: hallNow(Date.parse(r.receivedAt)) },
              ]),
            })}
          />
        </Space>
      }
      data-testid="rejected-events"
    >
      {answer && !answer.ok && (
        <Alert
          type={answer.code === 'offline' ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 8 }}
          title={
            answer.code === 'not-enrolled'
              ? t('supervision.rejected.notEnrolled')
              : t('supervision.rejected.offline', { reason: answer.message })
          }
          data-testid="rejected-offline"
        />
      )}
      <Table<Row>
        size="small"
        rowKey="id"
        loading={loading && answer === undefined}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        columns={columns}
        dataSource={rows}
        // A row of a case this device holds opens it, as in the dashboard's other lists.
        onRow={(r) =>
          r.caseNumber !== undefined && onOpen ? caseRowProps(r.caseNumber, () => onOpen(r.caseId)) : {}
        }
      />
    </Card>
  );
}
