import type { CaseState } from '../../../shared/domain';
import { recordEvents } from '../../db/case-repository';
import { recordCorrection, recordWithdrawal, resendReturned } from '../../db/queue-commands';
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
        if (!hall) throw new Error(m.noHall);
        const drafts = resumeIntakeDrafts(state, arrived, hallToday(), hall, calendar);
        await recordEvents(db, actor, drafts, { calendar });
      }, m.resumed[resumedIntake(state, arrived).outcome]),
  };
}
