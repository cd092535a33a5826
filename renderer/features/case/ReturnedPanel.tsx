import { App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { returnedToWindow, type CaseState } from '../../../shared/domain';
import { formatDate } from '../../i18n/format';
import { Kbd } from '../shell/Kbd';
import { destructiveKeyLabel, isAlt, isDestructiveKey } from '../shell/keys';
import { useShellStore } from '../shell/store';
import { useHall } from '../shell/useHall';
import { MaterialTicks } from './MaterialTicks';
import { useCaseQueueMessages } from './queue-messages';
import { STEP_NAMES } from './step-names';
import { useQueueActions } from './useQueueActions';

/**
 * A case the reviewer returned to its window (退回窗口): the reason, then either correct and send it
 * again (Alt+Y: the corrected materials received again, the correction noted) or record that the
 * applicant withdraws (Alt+Shift+W, a destructive key, after a confirmation naming the case).
 */
export function ReturnedPanel({ state }: { state: CaseState }) {
  const m = useCaseQueueMessages();
  const language = useShellStore((s) => s.language);
  const { modal } = App.useApp();
  const { hall } = useHall();
  const actions = useQueueActions();
  const [corrected, setCorrected] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const back = returnedToWindow(state);

  const resend = () => void actions.resend(state, corrected, note);
  const withdraw = () => {
    modal.confirm({
      title: m.withdrawConfirm(state.caseNumber),
      okText: m.withdrawOk,
      okButtonProps: { danger: true },
      cancelText: m.cancel,
      onOk: () => actions.withdraw(state, note || (returnedToWindow(state)?.opinion ?? '')),
    });
  };
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isAlt(event, 'y')) {
        event.preventDefault();
        if (!actions.busy) resend();
      } else if (isDestructiveKey(event, 'withdraw')) {
        event.preventDefault();
        if (!actions.busy) withdraw();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!back) return null;
  const who = hall?.officers.find((o) => o.id === back.actor)?.name ?? back.actor;
  const received = state.item.materials.filter((x) => state.materials[x.id] !== undefined);
  return (
    <Card
      size="small"
      type="inner"
      title={<span style={{ color: '#cf1322' }}>{m.returnedTitle}</span>}
      data-testid="returned-panel"
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {m.returnedBy(STEP_NAMES[language][back.step], who, formatDate(back.at, language))}
        <br />
        <Typography.Text strong data-testid="returned-reason">
          {back.opinion}
        </Typography.Text>
      </Typography.Paragraph>
      <div className="ow-section-title">{m.note}</div>
      <Input.TextArea
        autoFocus
        rows={2}
        maxLength={500}
        value={note}
        placeholder={m.notePlaceholder}
        onChange={(e) => setNote(e.target.value)}
        data-testid="resend-note"
      />
      <div className="ow-section-title" style={{ marginTop: 8 }}>
        {m.corrected}
      </div>
      <MaterialTicks
        materials={received}
        ticked={corrected}
        onChange={setCorrected}
        testIdPrefix="corrected"
      />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" loading={actions.busy} onClick={resend} data-testid="resend">
          {m.resend} <Kbd>Alt+Y</Kbd>
        </Button>
        <Button danger loading={actions.busy} onClick={withdraw} data-testid="withdraw">
          {m.withdraw} <Kbd>{destructiveKeyLabel('withdraw')}</Kbd>
        </Button>
      </Space>
    </Card>
  );
}
