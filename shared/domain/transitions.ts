import { missingCase } from '../result';
import type { CaseState } from './case-state';
import type { DeadlineCalendar } from './deadlines';
import type { CaseEvent } from './events';
import type { Problem } from './problems';
import { problem } from './problems';
import {
  checkAccepted,
  checkMaterialReceived,
  checkMaterialRemoved,
  checkNotifiedMissing,
  checkPagesArranged,
  checkRefused,
  checkRegistered,
  checkSupplemented,
} from './rules-intake';
import {
  checkApproved,
  checkCertificateIssued,
  checkDelivered,
  checkDenied,
  checkPaused,
  checkResumed,
  checkReviewed,
  checkRouted,
  checkTerminated,
  checkVoided,
  checkWithdrawn,
} from './rules-office';

/**
 * Whether `event` is a valid next fact of the case, whoever records it: the state machine, the
 * intake rules, the dates. The guard adds the actor's role and the hash; the reducer uses this
 * alone, so the state a valid log folds to never depends on an event that broke the rules.
 * With a calendar, the dates an event carries are also recomputed and compared.
 */
export function checkTransition(
  state: CaseState | undefined,
  event: CaseEvent,
  calendar?: DeadlineCalendar,
): Problem[] {
  if (event.type === 'registered')
    return state === undefined
      ? checkRegistered(event)
      : [problem('already-registered', '办件已登记，不能重复收件登记')];
  if (state === undefined) return [problem('not-registered', '办件尚未登记：办件的第一个事件须为收件登记')];
  if (event.caseId !== state.caseId)
    return [
      problem(
        'case-mismatch',
        `事件属于办件 ${event.caseId}，不属于办件 ${state.caseId}（${state.caseNumber}）`,
      ),
    ];
  switch (event.type) {
    case 'materialReceived':
      return checkMaterialReceived(state, event);
    case 'materialRemoved':
      return checkMaterialRemoved(state, event);
    case 'pagesArranged':
      return checkPagesArranged(state, event);
    case 'accepted':
      return checkAccepted(state, event, calendar);
    case 'notifiedMissing':
      return checkNotifiedMissing(state, event);
    case 'refused':
      return checkRefused(state, event);
    case 'supplemented':
      return checkSupplemented(state, event);
    case 'routed':
      return checkRouted(state, event);
    case 'reviewed':
      return checkReviewed(state, event);
    case 'paused':
      return checkPaused(state, event);
    case 'resumed':
      return checkResumed(state, event, calendar);
    case 'approved':
      return checkApproved(state, event);
    case 'denied':
      return checkDenied(state, event);
    case 'certificateIssued':
      return checkCertificateIssued(state, event);
    case 'delivered':
      return checkDelivered(state, event);
    case 'terminated':
      return checkTerminated(state, event);
    case 'withdrawn':
      return checkWithdrawn(state, event);
    case 'voided':
      return checkVoided(state, event);
    case 'evaluated':
    case 'note':
    case 'documentPrinted':
      return [];
    default:
      return missingCase(event);
  }
}
