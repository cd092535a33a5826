import { App, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { CaseState } from '../../../shared/domain';
import { recordNote } from '../../db/office-commands';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { commandErrorText } from '../case/command-errors';
import { useActor } from '../case/useActor';
import { Kbd } from '../shell/Kbd';
import { useNavigationStore } from '../shell/navigation-store';
import { useHall } from '../shell/useHall';
import { followUpOutcomeNote, followUpsOf, type FollowUp } from './follow-up';

/**
 * 差评回访 on the case page of the supervisor: each follow-up of the case with its problem and
 * deadline; an open one takes its outcome (Enter records it), and is then done, off the list.
 */
export function FollowUpPanel({ state }: { state: CaseState }) {
  const t = useT();
  const followUps = followUpsOf(state);
  if (followUps.length === 0) return null;
  const firstOpen = followUps.find((f) => f.outcome === undefined);
  return (
    <Card size="small" type="inner" title={t('followUp.title')} data-testid="follow-up-panel">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {followUps.map((f) => (
          <FollowUpEntry key={f.at} state={state} followUp={f} autoFocus={f === firstOpen} />
        ))}
      </Space>
    </Card>
  );
}

function FollowUpEntry({
  state,
  followUp,
  autoFocus,
}: {
  state: CaseState;
  followUp: FollowUp;
  autoFocus: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const actor = useActor();
  const { hall, calendar } = useHall();
  const go = useNavigationStore((s) => s.go);
  const [outcome, setOutcome] = useState('');
  const [busy, setBusy] = useState(false);
  const officerName = (id: string) => hall?.officers.find((o) => o.id === id)?.name ?? id;

  async function record() {
    const text = outcome.trim();
    if (!actor || busy || text === '') return;
    setBusy(true);
    try {
      await recordNote(
        db,
        actor,
        { caseId: state.caseId, text: followUpOutcomeNote(followUp, text) },
        { calendar },
      );
      void message.success(t('followUp.recorded'));
    } catch (error) {
      void message.error(t('case.actionFailed', { reason: commandErrorText(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="follow-up" data-done={followUp.outcome !== undefined}>
      <Typography.Text>{t('followUp.problem', { problem: followUp.problem })}</Typography.Text>
      <br />
      <Typography.Text type="secondary">
        {t('followUp.deadline', { date: followUp.deadline })}
      </Typography.Text>
      {followUp.outcome ? (
        <Typography.Paragraph style={{ marginTop: 4, marginBottom: 0 }} data-testid="follow-up-outcome">
          {t('followUp.done', {
            officer: officerName(followUp.outcome.officer),
            date: followUp.outcome.at.slice(0, 10),
            outcome: followUp.outcome.text,
          })}
        </Typography.Paragraph>
      ) : (
        <Space.Compact style={{ width: '100%', marginTop: 4 }}>
          <Input
            autoFocus={autoFocus}
            value={outcome}
            maxLength={500}
            placeholder={t('followUp.outcome.placeholder')}
            aria-label={t('followUp.outcome')}
            onChange={(e) => setOutcome(e.target.value)}
            onPressEnter={() => void record()}
            onKeyDown={(e) => {
              // Nothing typed: Esc leaves the case as it does elsewhere on the page.
              if (e.key === 'Escape' && outcome.trim() === '') go({ name: 'workbench' });
            }}
            data-testid="follow-up-outcome-input"
          />
          <Button
            type="primary"
            loading={busy}
            disabled={outcome.trim() === ''}
            onClick={() => void record()}
            data-testid="follow-up-record"
          >
            {t('followUp.record')} <Kbd>Enter</Kbd>
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}
