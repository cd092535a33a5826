import { Button, Popconfirm, Tag, type ButtonProps } from 'antd';
import type { CaseState } from '../../../shared/domain';
import type { ToleranceStep } from '../../../shared/supervision';
import { recordPause, recordTermination } from '../../db/office-commands';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { useActor } from '../case/useActor';
import { useCommandRun } from '../case/useCommandRun';
import { useHall } from '../shell/useHall';

/**
 * What the hall's tolerance rule asks of a case past its supply deadline (toleranceStep): 逾期暂停
 * with its grace deadline, or 终止办理 — whose notice the screen then previews for printing. The
 * guard refuses either before its day; each is confirmed with Enter, like every irreversible step.
 */
export function ToleranceAction({
  state,
  step,
  today,
  onTerminated,
}: {
  state: CaseState;
  step: ToleranceStep;
  today: string;
  onTerminated: (caseId: string) => void;
}) {
  const t = useT();
  const actor = useActor();
  const { calendar } = useHall();
  const { busy, run } = useCommandRun();
  const number = state.caseNumber;

  if (step.kind === 'none') return null;
  if (step.kind === 'wait') return <Tag color="purple">{t('supervision.grace.wait')}</Tag>;
  if (step.kind === 'grace')
    return (
      <Tag color="orange" data-testid={`grace-${number}`}>
        {t('supervision.grace.until', { date: step.graceUntil })}
      </Tag>
    );
  if (!actor) return null;
  const confirm = (title: string, testId: string, onConfirm: () => void, label: string) => (
    <Popconfirm
      title={title}
      onConfirm={onConfirm}
      okButtonProps={{ 'data-testid': `${testId}-confirm` } as ButtonProps}
    >
      <Button size="small" danger loading={busy} data-testid={`${testId}-${number}`}>
        {label}
      </Button>
    </Popconfirm>
  );
  if (step.kind === 'pause')
    return confirm(
      t('supervision.grace.confirm', { number, date: step.graceUntil }),
      'grace',
      () =>
        void run(
          () =>
            recordPause(
              db,
              actor,
              {
                caseId: state.caseId,
                kind: 'correction',
                reason: t('supervision.grace.reason', {
                  deadline: step.supplyDeadline,
                  date: step.graceUntil,
                }),
                from: step.from,
                graceUntil: step.graceUntil,
              },
              { calendar },
            ),
          t('supervision.grace.done', { number, date: step.graceUntil }),
        ),
      t('supervision.grace'),
    );
  return confirm(
    t('supervision.terminate.confirm', { number }),
    'terminate',
    () =>
      void run(
        () =>
          recordTermination(
            db,
            actor,
            { caseId: state.caseId, on: today, text: t('supervision.terminate.text') },
            { calendar },
          ),
        t('supervision.terminate.done', { number }),
        () => onTerminated(state.caseId),
      ),
    t('supervision.terminate'),
  );
}
