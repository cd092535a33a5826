import { Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef } from 'react';
import { PAUSE_KIND_LABELS, STEP_LABELS } from '../../../shared/domain';
import { ROLE_LABELS } from '../../../shared/hall';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../login/session-store';
import { isTyping } from '../shell/keys';
import { Kbd } from '../shell/Kbd';
import { useNavigationStore } from '../shell/navigation-store';
import { useShellStore } from '../shell/store';
import { ClockTag } from './ClockTag';
import { useOfficeQueue, type QueueEntry } from './useOfficeQueue';

/** The officer's queue (待办): cases at a step they hold, most urgent first; ↓ then Enter opens. */
export function QueuePage() {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const session = useSessionStore((s) => s.session);
  const go = useNavigationStore((s) => s.go);
  const queue = useOfficeQueue();
  const table = useRef<HTMLDivElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event) || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      const rows = [...(table.current?.querySelectorAll<HTMLElement>('tr.ow-case-row') ?? [])];
      const at = rows.indexOf(document.activeElement as HTMLElement);
      const next = rows[event.key === 'ArrowDown' ? Math.min(at + 1, rows.length - 1) : Math.max(at - 1, 0)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const columns: ColumnsType<QueueEntry> = [
    { title: t('workbench.col.caseNumber'), width: 190, render: (_, e) => <b>{e.state.caseNumber}</b> },
    { title: t('workbench.col.item'), render: (_, e) => e.state.item.name },
    { title: t('workbench.col.applicant'), width: 120, render: (_, e) => e.state.applicant.name },
    {
      title: t('office.col.step'),
      width: 150,
      render: (_, e) => {
        const step = e.state.approval.currentStep;
        const pause = e.state.status === 'paused' ? e.state.dates.pauses.at(-1) : undefined;
        return (
          <>
            {step && <Tag>{STEP_LABELS[step]}</Tag>}
            {pause && (
              <Tag color="purple">
                {pause.graceUntil ? t('supervision.grace') : PAUSE_KIND_LABELS[pause.kind]}
              </Tag>
            )}
          </>
        );
      },
    },
    {
      title: t('office.col.accepted'),
      width: 120,
      render: (_, e) => formatDate(e.state.dates.acceptedOn ?? e.state.dates.registeredOn, language),
    },
    { title: t('workbench.col.deadline'), width: 230, render: (_, e) => <ClockTag clock={e.clock} /> },
  ];

  const roles = session?.roles.map((r) => ROLE_LABELS[r].zh).join('、') ?? '';
  return (
    <Card
      data-testid="office-queue"
      title={
        <span>
          {t('office.queue.title')}{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {roles}
          </Typography.Text>
        </span>
      }
      extra={
        <Typography.Text type="secondary">
          <Kbd>↑↓</Kbd> {t('office.keys.select')} <Kbd>Enter</Kbd> {t('keys.openCase')}
        </Typography.Text>
      }
    >
      <div ref={table}>
        <Table<QueueEntry>
          rowKey={(e) => e.state.caseId}
          size="middle"
          columns={columns}
          dataSource={queue ?? []}
          loading={queue === undefined}
          pagination={false}
          locale={{ emptyText: t('office.queue.empty') }}
          onRow={(e) => ({
            tabIndex: 0,
            className: 'ow-case-row',
            'data-case-number': e.state.caseNumber,
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
