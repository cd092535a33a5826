import { App } from 'antd';
import { useState } from 'react';
import type { RefusalReason } from '../../../shared/domain';
import { createCase, DraftConfirmedError } from '../../db/case-commands';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { commandErrorText } from '../case/command-errors';
import { useActor } from '../case/useActor';
import { useShellStore } from '../shell/store';
import { intakeEvents, refusalEvents, type CaseContext } from './intake-plan';
import { useIntakeStore } from './intake-store';
import { newQueryCode } from './numbering';
import type { IntakeContext } from './useIntakeContext';

/** Confirm and refuse: each makes the case and all its first events in one Dexie transaction. */
export function useIntakeCommands(ctx: IntakeContext) {
  const t = useT();
  const { message } = App.useApp();
  const actor = useActor();
  const windowCode = useShellStore((s) => s.windowCode);
  const finish = useIntakeStore((s) => s.finish);
  const [busy, setBusy] = useState(false);

  function caseContext(): CaseContext | undefined {
    const { item, catalog, hall, draft, credit, today } = ctx;
    if (!item || !catalog || !hall) return undefined;
    const queryCode = newQueryCode((n) => crypto.getRandomValues(new Uint32Array(n)));
    return { draft, item, catalog, credit: credit.level, windowCode, today, hall, queryCode };
  }

  async function run(
    build: (c: CaseContext) => Parameters<typeof createCase>[2]['drafts'],
    outcome: () => 'refused' | undefined,
  ) {
    const c = caseContext();
    if (!actor || !c) {
      void message.error(t('confirm.notReady'));
      return false;
    }
    setBusy(true);
    try {
      const created = await createCase(
        db,
        actor,
        {
          windowCode: c.windowCode,
          date: c.today,
          drafts: build(c),
          from: { officerId: actor.officerId, startedAt: c.draft.startedAt },
        },
        { calendar: ctx.calendar },
      );
      finish({
        caseId: created.caseId,
        caseNumber: created.caseNumber,
        outcome: outcome() ?? ctx.intake?.outcome ?? 'notify-missing',
      });
      return true;
    } catch (error) {
      const reason =
        error instanceof DraftConfirmedError
          ? t('draft.confirmedAlready', { number: error.caseNumber })
          : commandErrorText(error);
      void message.error({ content: t('confirm.failed', { reason }), duration: 8 });
      // Made into a case already: this walk-in is over, the officer is back at the workbench.
      if (error instanceof DraftConfirmedError) useIntakeStore.getState().discard();
      return false;
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    confirm: () => {
      // The dates cannot be counted: say so in one line, and make no case that cannot be accepted.
      if (ctx.planError) {
        void message.error(t(ctx.planError));
        return Promise.resolve(false);
      }
      return run(
        (c) => intakeEvents(c, ctx.calendar),
        () => undefined,
      );
    },
    refuse: (reason: RefusalReason, text: string) =>
      run(
        (c) => refusalEvents(c, reason, text),
        () => 'refused',
      ),
  };
}
