import { Badge, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef } from 'react';
import { approvalWindows, returnedToWindow } from '../../../shared/domain';
import { maskId } from '../../../shared/ids';
import { missingCase } from '../../../shared/result';
import { formatDate } from '../../i18n/format';
import { STEP_NAMES } from '../case/step-names';
import { useSessionStore } from '../login/session-store';
import { hallToday } from '../shell/clock';
import { Kbd } from '../shell/Kbd';
import { isAlt } from '../shell/keys';
import { useNavigationStore } from '../shell/navigation-store';
import { useShellStore } from '../shell/store';
import { useHall } from '../shell/useHall';
import { useQueueMessages, type QueueMessages } from './queue-messages';
import { useWorkQueue } from './useWorkQueue';
import type { QueueEntry, QueueKind } from './work-queue';

const KIND_COLORS: Record<QueueKind, string> = {
  approve: 'blue',
  returned: 'red',
  paused: 'orange',
  supply: 'gold',
  certify: 'purple',
  deliver: 'green',
  notified: 'volcano',
  sent: 'cyan',
};

const ROW = 'tr.ow-queue-row';

/**
 * The window's work queue beside today's intake: what waits for this window and nobody else.
 * Alt+L focuses its first row, ↑/↓ move, Enter opens the case. Hidden while empty.
 */
export function WorkQueue() {
  const m = useQueueMessages();
  const language = useShellStore((s) => s.language);
  const counterCode = useShellStore((s) => s.windowCode);
  const role = useSessionStore((s) => s.session?.role ?? 'window');
  const go = useNavigationStore((s) => s.go);
  const { hall, calendar } = useHall();
  const entries = useWorkQueue({ counterCode, role, hall, today: hallToday(), calendar });
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const rows = [...(box.current?.querySelectorAll<HTMLElement>(ROW) ?? [])];
      if (isAlt(event, 'l')) {
        event.preventDefault();
        rows[0]?.focus();
        return;
      }
      const at = rows.indexOf(document.activeElement as HTMLElement);
      if (at < 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      event.preventDefault();
      rows[event.key === 'ArrowDown' ? Math.min(at + 1, rows.length - 1) : Math.max(at - 1, 0)]?.focus();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!entries || entries.length === 0) return null;
  const detail = (e: QueueEntry) => detailOf(e, m, hall, language);

  const columns: ColumnsType<QueueEntry> = [
    {
      title: m.col.todo,
      width: 340,
      render: (_: unknown, e) => (
        <div>
          <Tag color={KIND_COLORS[e.kind]} style={{ marginInlineEnd: 8 }}>
            {m.kind[e.kind]}
          </Tag>
          <span className="ow-case-secondary" data-testid="queue-detail">
            {detail(e)}
          </span>
        </div>
      ),
    },
    {
      title: m.col.caseNumber,
      width: 190,
      render: (_: unknown, e) => <strong>{e.state.caseNumber}</strong>,
    },
    {
      title: m.col.applicant,
      render: (_: unknown, e) => (
        <span>
          {e.state.applicant.name}{' '}
          <span className="ow-case-secondary">{maskId(e.state.applicant.idNumber)}</span>
        </span>
      ),
    },
    { title: m.col.item, render: (_: unknown, e) => e.state.item.name },
  ];

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <span>
          {m.title} <Badge count={entries.length} color="#1677ff" /> <Kbd>Alt+L</Kbd>
        </span>
      }
      extra={<Typography.Text type="secondary">{m.hint}</Typography.Text>}
    >
      <div ref={box}>
        <Table<QueueEntry>
          data-testid="work-queue"
          rowKey={(e) => e.state.caseId}
          size="small"
          columns={columns}
          dataSource={entries}
          pagination={false}
          scroll={{ y: 180 }}
          onRow={(e) => ({
            tabIndex: 0,
            className: 'ow-queue-row',
            'data-queue-case': e.state.caseNumber,
            'data-queue': e.kind,
            onClick: () => go({ name: 'case', caseId: e.state.caseId }),
            onKeyDown: (k) => {
              if (k.key === 'Enter') go({ name: 'case', caseId: e.state.caseId });
            },
          })}
        />
      </div>
    </Card>
  );
}

function detailOf(
  e: QueueEntry,
  m: QueueMessages,
  hall: Parameters<typeof approvalWindows>[1] | undefined,
  language: Parameters<typeof formatDate>[1],
): string {
  const { state } = e;
  switch (e.kind) {
    case 'approve':
      return m.fromCounter(state.windowCode);
    case 'sent':
      return m.waitsAt(
        (hall ? approvalWindows(state, hall) : []).map((w) => `${w.code} ${w.name}`).join('、'),
      );
    case 'returned': {
      const back = returnedToWindow(state);
      return back ? m.returnedBy(STEP_NAMES[language][back.step], back.opinion) : '';
    }
    case 'supply':
      return m.supplyBy(formatDate(state.dates.supplyDeadline ?? '', language));
    case 'notified':
      return m.notifiedOn(formatDate(state.notice?.notifiedOn ?? '', language));
    case 'paused':
      return state.dates.pauses.at(-1)?.reason ?? '';
    case 'certify':
    case 'deliver':
      return state.decision ? `${state.decision.decisionNumber}` : '';
    default:
      return missingCase(e.kind);
  }
}
