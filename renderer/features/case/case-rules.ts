import { outstandingTolerated, type CaseState } from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';

/**
 * May this window approve the case on the spot (窗口即办)? A window-tier instant item that the
 * hall authorises to this window, accepted, with nothing outstanding, and an officer in the
 * window role (a village agent never decides).
 */
export function canApproveAtWindow(
  state: CaseState,
  hall: Pick<Hall, 'windows'> | undefined,
  windowCode: string,
  role: string,
): boolean {
  if (role !== 'window' || state.status !== 'accepted') return false;
  if (state.item.tier !== 'window' || state.item.handling !== 'instant') return false;
  if (outstandingTolerated(state).length > 0) return false;
  const window = hall?.windows.find((w) => w.code === windowCode);
  return window?.instantItemCodes?.includes(state.item.code) ?? false;
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
