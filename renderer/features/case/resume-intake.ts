import {
  evaluateIntake,
  planAcceptance,
  type CaseState,
  type DeadlineCalendar,
  type IntakeResult,
} from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';
import type { EventDraft } from '../../db/case-repository';
import { materialDrafts } from '../../db/queue-commands';
import { documentNumberFor } from '../intake/numbering';

/**
 * 补正后受理: the applicant of a notified case comes back with (some of) the rest. What was received
 * stays received; the officer ticks what came, and the same rules as at intake decide: accept,
 * accept with tolerance, or notify again of what is still missing. Never a second registration.
 */

/** The intake decision if `arrived` were received now, beside what the case already holds. */
export function resumedIntake(state: CaseState, arrived: readonly string[]): IntakeResult {
  return evaluateIntake(state.item, {
    received: [...Object.keys(state.materials), ...arrived],
    situations: state.situations,
    credit: state.credit,
  });
}

/** The events of the applicant's return: the materials that came, then the decision. */
export function resumeIntakeDrafts(
  state: CaseState,
  arrived: readonly string[],
  today: string,
  hall: Pick<Hall, 'documentNumberPrefixes'>,
  calendar: Pick<DeadlineCalendar, 'addWorkingDays'>,
): EventDraft[] {
  const { caseId, caseNumber } = state;
  const drafts = materialDrafts(state, arrived);
  const intake = resumedIntake(state, arrived);
  if (intake.outcome === 'notify-missing') {
    drafts.push({
      caseId,
      type: 'notifiedMissing',
      payload: {
        missing: intake.missing.map((m) => ({ materialId: m.id, name: m.name })),
        notifiedOn: today,
        documentNumber: documentNumberFor(hall, 'missing-notice', caseNumber),
      },
    });
    return drafts;
  }
  const tolerated = intake.missingTolerable.map((m) => ({ materialId: m.id, name: m.name }));
  const plan = planAcceptance(state.item, today, { tolerated }, calendar);
  drafts.push({
    caseId,
    type: 'accepted',
    payload: {
      acceptedOn: today,
      promisedDate: plan.promisedDate,
      tolerated,
      ...(plan.supplyDeadline ? { supplyDeadline: plan.supplyDeadline } : {}),
      documentNumber: documentNumberFor(
        hall,
        tolerated.length > 0 ? 'tolerance-notice' : 'receipt',
        caseNumber,
      ),
    },
  });
  const first = state.approval.route[0];
  if (first) drafts.push({ caseId, type: 'routed', payload: { to: first } });
  return drafts;
}
