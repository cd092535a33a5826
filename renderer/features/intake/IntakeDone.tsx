import { Button, Card, Result, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { canApproveAtWindow } from '../case/case-rules';
import { WaitingAtWindows } from '../case/WaitingAtWindows';
import { PrintPanel } from '../case/PrintPanel';
import { ProvisionalTag } from '../case/ProvisionalTag';
import { useCase } from '../case/useCase';
import { useCaseActions } from '../case/useCaseActions';
import { useSessionStore } from '../login/session-store';
import { isDialogOpen, useScreenKeys } from '../shell/key-help-store';
import { Kbd } from '../shell/Kbd';
import { isAlt } from '../shell/keys';
import { useNavigationStore } from '../shell/navigation-store';
import { useShellStore } from '../shell/store';
import { useHall } from '../shell/useHall';
import { useIntakeStore, type CompletedIntake } from './intake-store';
import { startWalkIn } from './start-walk-in';

const STATUS = {
  accept: 'success',
  'accept-with-tolerance': 'warning',
  'notify-missing': 'info',
  refused: 'error',
} as const;
const TITLE = {
  accept: 'done.accept',
  'accept-with-tolerance': 'done.tolerance',
  'notify-missing': 'done.notify',
  refused: 'done.refused',
} as const;

/** The walk-in is recorded: its number, what to print, and what comes next (on-the-spot approval). */
export function IntakeDone({ completed }: { completed: CompletedIntake }) {
  const t = useT();
  const language = useShellStore((s) => s.language);
  const windowCode = useShellStore((s) => s.windowCode);
  const role = useSessionStore((s) => s.session?.role ?? 'window');
  const go = useNavigationStore((s) => s.go);
  const reset = useIntakeStore((s) => s.reset);
  const row = useCase(completed.caseId);
  const { hall } = useHall();
  const actions = useCaseActions();
  const state = row?.state;
  const approvable = state !== undefined && canApproveAtWindow(state, hall, windowCode, role);

  const leave = () => {
    reset();
    go({ name: 'workbench' });
  };
  const openCase = () => {
    reset();
    go({ name: 'case', caseId: completed.caseId });
  };

  useScreenKeys('done', t('keys.group.done'), [
    ...(approvable ? [{ keys: 'Enter', label: t('case.approve') }] : []),
    { keys: 'Alt+D', label: t('keys.openCaseDone') },
    { keys: 'F2', label: t('keys.nextWalkIn') },
    { keys: 'Esc', label: t('keys.back') },
  ]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isDialogOpen()) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leave();
      } else if (isAlt(event, 'd')) {
        event.preventDefault();
        openCase();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <Card data-testid="intake-done" data-outcome={completed.outcome}>
      <Result
        status={STATUS[completed.outcome]}
        title={
          <span>
            {t(TITLE[completed.outcome])}
            <Typography.Title
              level={2}
              style={{ margin: '8px 0 0', letterSpacing: 2 }}
              data-testid="case-number"
            >
              {completed.caseNumber}
            </Typography.Title>
          </span>
        }
        subTitle={
          state && (
            <span data-testid="done-subtitle">
              {state.applicant.name} · {state.item.name}
              {state.queryCode && <> · {t('done.queryCode', { code: state.queryCode })}</>}
              {state.dates.promisedDate && (
                <>
                  {' · '}
                  {t('decision.promised', { date: formatDate(state.dates.promisedDate, language) })}
                  <ProvisionalTag show={state.dates.promiseProvisional} />
                </>
              )}
              {state.status === 'certified' && (
                <> · {t('done.certified', { number: state.certificate?.certificateNumber ?? '' })}</>
              )}
            </span>
          )
        }
        extra={
          <Space wrap>
            {approvable && (
              <Button
                type="primary"
                size="large"
                autoFocus
                loading={actions.busy}
                onClick={() => void actions.approve(state)}
                data-testid="approve-on-spot"
              >
                {t('case.approve')} <Kbd>Enter</Kbd>
              </Button>
            )}
            <Button size="large" autoFocus={!approvable} onClick={openCase} data-testid="open-case">
              {t('done.openCase')} <Kbd>Alt+D</Kbd>
            </Button>
            <Button size="large" onClick={startWalkIn} data-testid="next-walk-in">
              {t('done.next')} <Kbd>F2</Kbd>
            </Button>
            <Button size="large" onClick={leave}>
              {t('done.workbench')} <Kbd>Esc</Kbd>
            </Button>
          </Space>
        }
      />
      {state && !approvable && <WaitingAtWindows state={state} />}
      {state && <PrintPanel state={state} />}
    </Card>
  );
}
