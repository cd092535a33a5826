import { App, Button, Popconfirm, type ButtonProps } from 'antd';
import { useState } from 'react';
import type { CaseState } from '../../../shared/domain';
import { recordTermination } from '../../db/office-commands';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { commandErrorText } from '../case/command-errors';
import { useActor } from '../case/useActor';
import { hallToday } from '../shell/clock';
import { useHall } from '../shell/useHall';

/**
 * 终止办理 of a tolerance case whose supply deadline has passed (the hall's rule: terminate). The
 * guard refuses it before the deadline; confirmed with Enter, like every irreversible step.
 */
export function TerminateButton({ state }: { state: CaseState }) {
  const t = useT();
  const { message } = App.useApp();
  const actor = useActor();
  const { calendar } = useHall();
  const [busy, setBusy] = useState(false);

  async function terminate() {
    if (!actor) return;
    setBusy(true);
    try {
      await recordTermination(
        db,
        actor,
        { caseId: state.caseId, on: hallToday(), text: t('supervision.terminate.text') },
        { calendar },
      );
      void message.success(t('supervision.terminate.done', { number: state.caseNumber }));
    } catch (error) {
      void message.error({
        content: t('case.actionFailed', { reason: commandErrorText(error) }),
        duration: 8,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popconfirm
      title={t('supervision.terminate.confirm', { number: state.caseNumber })}
      onConfirm={() => void terminate()}
      okButtonProps={{ 'data-testid': 'terminate-confirm' } as ButtonProps}
    >
      <Button size="small" danger loading={busy} data-testid={`terminate-${state.caseNumber}`}>
        {t('supervision.terminate')}
      </Button>
    </Popconfirm>
  );
}
