import type { CaseState, Meeting, PauseKind } from '../../../shared/domain';
import type { Actor } from '../../db/case-repository';
import { recordDecision, recordPause, recordResume, recordReview } from '../../db/office-commands';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { useCommandRun } from '../case/useCommandRun';
import { documentNumberFor } from '../intake/numbering';
import { useSessionStore } from '../login/session-store';
import { useNavigationStore } from '../shell/navigation-store';
import { hallToday } from '../shell/clock';
import { useHall } from '../shell/useHall';
import { actingRole } from './queue-rules';

/**
 * The back office's actions on the case at its current step, each one recordEvents call in the
 * role of the step's holder (the guard checks it again). Errors show the guard's zh-CN reasons.
 * `onDenied` runs after a denial is recorded (its decision, with the applicant's rights, to print).
 */
export function useOfficeActions(state: CaseState, onDenied?: (caseId: string) => void) {
  const t = useT();
  const session = useSessionStore((s) => s.session);
  const { hall, calendar } = useHall();
  const go = useNavigationStore((s) => s.go);
  const command = useCommandRun();
  const role = session ? actingRole(state, session.roles) : undefined;
  const step = state.approval.currentStep;

  async function run(action: (actor: Actor) => Promise<unknown>, done: string, backToQueue = true) {
    if (!session || role === undefined) return false;
    const actor = { officerId: session.officerId, role };
    // The case has left this step: the officer goes on with the queue.
    return command.run(() => action(actor), done, backToQueue ? () => go({ name: 'workbench' }) : undefined);
  }

  const opts = { calendar };
  return {
    busy: command.busy,
    role,
    review: (decision: 'approve' | 'return', opinion: string, meeting?: Meeting) =>
      run(
        async (actor) => {
          if (step === undefined) return;
          await recordReview(
            db,
            actor,
            { caseId: state.caseId, step, decision, opinion, ...(meeting ? { meeting } : {}) },
            opts,
          );
        },
        t(decision === 'approve' ? 'office.done.approved' : 'office.done.returned'),
      ),
    pause: (kind: PauseKind, reason: string) =>
      run(async (actor) => {
        await recordPause(db, actor, { caseId: state.caseId, kind, reason, from: hallToday() }, opts);
      }, t('office.done.paused')),
    resume: (reason: string) =>
      run(
        async (actor) => {
          await recordResume(
            db,
            actor,
            { state, on: hallToday(), ...(reason.trim() ? { reason: reason.trim() } : {}) },
            opts,
          );
        },
        t('office.done.resumed'),
        false,
      ),
    decide: async (outcome: 'approved' | 'denied', opinion: string, meeting?: Meeting) => {
      const done = await run(
        async (actor) => {
          if (!hall) throw new Error(t('case.noHall'));
          if (step === undefined) return;
          await recordDecision(
            db,
            actor,
            {
              caseId: state.caseId,
              step,
              opinion,
              ...(meeting ? { meeting } : {}),
              outcome,
              decisionNumber: documentNumberFor(
                hall,
                outcome === 'approved' ? 'approval' : 'denial',
                state.caseNumber,
              ),
              on: hallToday(),
              ...(outcome === 'denied' ? { reasons: opinion } : {}),
            },
            opts,
          );
        },
        t(outcome === 'approved' ? 'office.done.decidedApproved' : 'office.done.decidedDenied'),
      );
      if (done && outcome === 'denied') onDenied?.(state.caseId);
      return done;
    },
  };
}
