import type { CaseState } from '../../../shared/domain';
import { recordEvents } from '../../db/case-repository';
import { recordCorrection, recordWithdrawal, resendReturned } from '../../db/queue-commands';
import { currentHall, hallCalendar } from '../../db/reference-queries';
import { db } from '../../db/schema';
import { hallToday } from '../shell/clock';
import { useHall } from '../shell/useHall';
import { useCaseQueueMessages } from './queue-messages';
import { resumedIntake, resumeIntakeDrafts } from './resume-intake';
import { useActor } from './useActor';
import { useCommandRun } from './useCommandRun';

/** The window's actions on a case from its work queue: resend or end a return, 补正后受理. */
export function useQueueActions() {
  const m = useCaseQueueMessages();
  const actor = useActor();
  const { hall, calendar } = useHall();
  const command = useCommandRun();
  const run = (action: () => Promise<unknown>, done: string) =>
    actor ? command.run(action, done) : Promise.resolve(false);

  return {
    busy: command.busy,
    resend: (state: CaseState, corrected: readonly string[], note: string) =>
      run(async () => {
        if (!actor) return;
        await resendReturned(db, actor, { state, corrected, note }, { calendar });
      }, m.resent),
    withdraw: (state: CaseState, reason: string) =>
      run(async () => {
        if (!actor) return;
        await recordWithdrawal(db, actor, { caseId: state.caseId, on: hallToday(), reason }, { calendar });
      }, m.withdrawn),
    receiveCorrection: (state: CaseState, materials: readonly string[]) =>
      run(async () => {
        if (!actor) return;
        await recordCorrection(db, actor, { state, materials }, { calendar });
      }, m.correctionRecorded),
    resumeIntake: (state: CaseState, arrived: readonly string[]) =>
      run(async () => {
        if (!actor) return;
        // The panel remounts after each record (a new live query): a quick second key must not find
        // the hall "not received" while it loads, so the hall is read now when not yet here.
        const held = hall ?? (await currentHall(db));
        if (!held) throw new Error(m.noHall);
        const counted = hall ? calendar : hallCalendar(held);
        const drafts = resumeIntakeDrafts(state, arrived, hallToday(), held, counted);
        await recordEvents(db, actor, drafts, { calendar: counted });
      }, m.resumed[resumedIntake(state, arrived).outcome]),
  };
}
