import {
  evaluateIntake,
  type CaseState,
  type DeadlineCalendar,
  type IntakeResult,
} from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';
import type { EventDraft } from '../../db/case-repository';
import { materialDrafts } from '../../db/queue-commands';
import { acceptancePlanFor, decisionDrafts } from '../intake/intake-plan';

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
  calendar: Pick<DeadlineCalendar, 'addWorkingDays' | 'isProvisionalSpan'>,
): EventDraft[] {
  const { caseId, caseNumber } = state;
  const drafts = materialDrafts(state, arrived);
  const intake = resumedIntake(state, arrived);
  const plan =
    intake.outcome === 'notify-missing' ? undefined : acceptancePlanFor(state.item, intake, today, calendar);
  drafts.push(...decisionDrafts(caseId, caseNumber, intake, plan, today, hall, state.approval.route));
  return drafts;
}
