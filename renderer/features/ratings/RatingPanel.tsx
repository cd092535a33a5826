import { App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  EVALUATION_LABELS,
  EVALUATION_LEVELS,
  type CaseState,
  type EvaluationLevel,
} from '../../../shared/domain';
import { recordRating } from '../../db/office-commands';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { commandErrorText } from '../case/command-errors';
import { useActor } from '../case/useActor';
import { hallToday } from '../shell/clock';
import { isTyping } from '../shell/keys';
import { Kbd } from '../shell/Kbd';
import { useHall } from '../shell/useHall';
import { followUpNote, isPoorRating } from './follow-up';

/**
 * 好差评 after a visit: the applicant presses 1–5 (非常满意 … 非常不满意). A poor rating asks
 * what went wrong (Enter records it) and opens a follow-up for the supervisor. Not a modal: the
 * officer may leave the case (Esc) when the applicant does not rate.
 */
export function RatingPanel({ state, onClose }: { state: CaseState; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const actor = useActor();
  const { calendar } = useHall();
  const [poor, setPoor] = useState<EvaluationLevel | undefined>();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function record(level: EvaluationLevel, comment?: string) {
    if (!actor || busy) return;
    setBusy(true);
    try {
      await recordRating(
        db,
        actor,
        {
          caseId: state.caseId,
          level,
          ...(comment ? { comment, followUp: followUpNote(comment, hallToday(), calendar) } : {}),
        },
        { calendar },
      );
      void message.success(t('rating.done'));
      onClose();
    } catch (error) {
      void message.error(t('case.actionFailed', { reason: commandErrorText(error) }));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (poor !== undefined) return;
    function onKey(event: KeyboardEvent) {
      const level = EVALUATION_LEVELS.find((l) => event.key === String(l));
      if (level === undefined || isTyping(event)) return;
      event.preventDefault();
      if (isPoorRating(level)) setPoor(level);
      else void record(level);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <Card size="small" type="inner" title={t('rating.title')} data-testid="rating-panel">
      <div>
        {poor === undefined ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('rating.ask')}</Typography.Text>
            <Space wrap>
              {EVALUATION_LEVELS.map((level) => (
                <Button
                  key={level}
                  danger={isPoorRating(level)}
                  onClick={() => (isPoorRating(level) ? setPoor(level) : void record(level))}
                  data-testid={`rating-${level}`}
                >
                  <Kbd>{level}</Kbd> {EVALUATION_LABELS[level]}
                </Button>
              ))}
            </Space>
          </Space>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('rating.problem', { level: EVALUATION_LABELS[poor] })}</Typography.Text>
            <Input
              autoFocus
              value={problem}
              onChange={(e) => setProblem(e.target.value)}
              onPressEnter={() => problem.trim() && void record(poor, problem.trim())}
              data-testid="rating-problem"
            />
            <Button
              type="primary"
              disabled={problem.trim() === ''}
              loading={busy}
              onClick={() => void record(poor, problem.trim())}
              data-testid="rating-submit"
            >
              {t('rating.submit')} <Kbd>Enter</Kbd>
            </Button>
          </Space>
        )}
      </div>
    </Card>
  );
}
