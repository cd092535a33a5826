import type { Role } from '../hall/roles';
import { ROLES } from '../hall/roles';
import { missingCase } from '../result';
import { STEP_ROLE } from './approval';
import type { CaseState } from './case-state';
import { finalStep } from './case-state';
import type { CaseEvent, CaseEventType } from './events';
import type { CaseDocumentKind } from './event-payloads';

const INTAKE: readonly Role[] = ['window', 'agent'];
const STEP_HOLDERS: readonly Role[] = ['window', 'reviewer', 'chief', 'leader', 'secretary'];
const DECIDERS: readonly Role[] = ['window', 'chief', 'leader', 'secretary'];
/** Everyone who handles cases at a window or in the back office (not supervision or IT). */
const CASE_HANDLERS: readonly Role[] = ['window', 'agent', 'reviewer', 'chief', 'leader', 'secretary'];

/**
 * The roles that may ever record each event type; the server and the UI share it (the UI hides
 * what a role can never do). For the step-bound types (reviewed, paused, resumed, approved,
 * denied) a case narrows it to the holder of its current or final step: see `rolesFor`.
 *
 * - Intake, routing, supplements, delivery and evaluation happen at a window or a village room.
 * - certificateIssued: the window prints certificates (出证窗口), whoever decided.
 * - approved/denied: the window for window-tier items (窗口审批, instant or not), otherwise the
 *   top step's holder. A village agent never decides and never pauses the clock.
 * - terminated: the window that accepted, or the supervisor watching the supply deadlines; the
 *   same two record a tolerance case's grace pause (`paused` with `graceUntil`) and print its
 *   终止办理通知书 (documentPrinted: the supervisor for that notice only, see rolesFor); the
 *   window's record of the missing materials ends the grace pause (`resumed`).
 * - note: anyone, supervisors and administrators included.
 * - documentPrinted: whoever handles the case and hands papers out, at a window or in the back
 *   office; supervisors and administrators print the daily log, which belongs to no case.
 * - voided: the window or village agent who registered the case (checkVoided compares the actor
 *   with the registering officer), never the back office or supervision.
 * - pagesArranged: whoever handles the case puts its scanned pages in order (window, village
 *   room and back office alike); supervisors only look.
 */
export const ROLE_FOR_EVENT: Readonly<Record<CaseEventType, readonly Role[]>> = {
  registered: INTAKE,
  materialReceived: INTAKE,
  materialRemoved: INTAKE,
  accepted: INTAKE,
  notifiedMissing: INTAKE,
  refused: INTAKE,
  supplemented: INTAKE,
  routed: INTAKE,
  reviewed: ['reviewer', 'chief', 'leader', 'secretary'],
  paused: [...STEP_HOLDERS, 'supervisor'],
  resumed: [...STEP_HOLDERS, 'supervisor'],
  approved: DECIDERS,
  denied: DECIDERS,
  certificateIssued: ['window'],
  delivered: INTAKE,
  evaluated: INTAKE,
  terminated: ['window', 'supervisor'],
  withdrawn: INTAKE,
  note: ROLES,
  documentPrinted: [...CASE_HANDLERS, 'supervisor'],
  pagesArranged: CASE_HANDLERS,
  voided: INTAKE,
};

/** Who may print (and so record the print of) a case paper of this kind. */
export function rolesForPrinting(kind: CaseDocumentKind): readonly Role[] {
  // The supervisor prints only the notice of the termination they recorded.
  return kind === 'termination-notice' ? ROLE_FOR_EVENT.documentPrinted : CASE_HANDLERS;
}

/** The roles that may record `event` on this case now. */
export function rolesFor(state: CaseState | undefined, event: CaseEvent): readonly Role[] {
  switch (event.type) {
    case 'reviewed':
      return [STEP_ROLE[event.payload.step]];
    case 'documentPrinted':
      return rolesForPrinting(event.payload.kind);
    case 'paused':
    case 'resumed': {
      const step = state?.approval.currentStep;
      const holder: readonly Role[] = step === undefined ? ['window'] : [STEP_ROLE[step]];
      // A grace pause is the window's and the supervisor's: they start it, and it ends (besides by
      // termination) when the window records the missing materials, whoever holds the step.
      const grace =
        event.type === 'paused'
          ? event.payload.graceUntil !== undefined
          : state?.dates.pauses.at(-1)?.graceUntil !== undefined;
      return grace ? [...new Set([...ROLE_FOR_EVENT.terminated, ...holder])] : holder;
    }
    case 'approved':
    case 'denied': {
      const top = state === undefined ? undefined : finalStep(state);
      return top === undefined ? ['window'] : [STEP_ROLE[top]];
    }
    case 'registered':
    case 'materialReceived':
    case 'materialRemoved':
    case 'accepted':
    case 'notifiedMissing':
    case 'refused':
    case 'supplemented':
    case 'routed':
    case 'certificateIssued':
    case 'delivered':
    case 'evaluated':
    case 'terminated':
    case 'withdrawn':
    case 'note':
    case 'pagesArranged':
    case 'voided':
      return ROLE_FOR_EVENT[event.type];
    default:
      return missingCase(event);
  }
}
