import { approvalWindows, outstandingTolerated, type CaseState } from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';

/**
 * May this window decide the case now (窗口审批)? An accepted window-tier case with nothing owed
 * that waits for this window (`approvalWindows`: instant items authorised to it, promise items of
 * its section), and an officer in the window role (a village agent never decides).
 */
export function canApproveAtWindow(
  state: CaseState,
  hall: Pick<Hall, 'windows' | 'sections'> | undefined,
  windowCode: string,
  role: string,
): boolean {
  if (role !== 'window' || !hall) return false;
  return approvalWindows(state, hall).some((w) => w.code === windowCode);
}

export function canSupplement(state: CaseState): boolean {
  return ['accepted', 'in-review', 'paused'].includes(state.status) && outstandingTolerated(state).length > 0;
}

export function canDeliver(state: CaseState): boolean {
  return state.status === 'approved' || state.status === 'certified' || state.status === 'denied';
}

/** 制发证照 at the window: a case the back office approved, whose certificate is not made yet. */
export function canIssueCertificate(state: CaseState): boolean {
  return state.status === 'approved' && state.certificate === undefined && state.item.tier !== 'window';
}

/** Whether the clock stands for a back-office 补正 (not a tolerance grace pause): the window takes the materials. */
export function awaitsCorrection(state: CaseState): boolean {
  const pause = state.dates.pauses.at(-1);
  return state.status === 'paused' && pause?.kind === 'correction' && pause.graceUntil === undefined;
}
