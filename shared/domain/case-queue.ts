import type { HallWindow } from '../hall/hall';
import type { CaseState, ReviewRecord } from './case-state';
import { outstandingTolerated } from './case-state';

/**
 * Where a case waits when nobody in the back office holds it: the window's work queue. Pure
 * readings of the state (no event of their own), shared by the counter's queue, the case page
 * and the guard, so that a case the guard lets the window act on is also one the window sees.
 */

/**
 * The reviewer's return that sent the case back to its intake window (退回窗口): the first step
 * returned it and it was not sent up again. The window corrects and resends it (`routed`), or
 * the applicant withdraws. Undefined for any other case.
 */
export function returnedToWindow(state: CaseState): ReviewRecord | undefined {
  if (state.status !== 'accepted' || state.approval.currentStep !== undefined) return undefined;
  const last = state.approval.reviews.at(-1);
  return last?.decision === 'return' ? last : undefined;
}

/**
 * Whether the case waits for a window's decision on an instant item (窗口即办): accepted, window
 * tier, instant, nothing owed. A village agent accepts such items but may not decide them, so
 * they wait here for a hall window the item is authorised to (`approvalWindows`).
 */
export function awaitsWindowApproval(state: CaseState): boolean {
  return (
    state.status === 'accepted' &&
    state.item.tier === 'window' &&
    state.item.handling === 'instant' &&
    outstandingTolerated(state).length === 0
  );
}

/** The hall windows that may approve this instant item on the spot (the hall's `instantItemCodes`). */
export function approvalWindows(
  state: CaseState,
  windows: ReadonlyArray<Pick<HallWindow, 'code' | 'name' | 'instantItemCodes'>>,
): Array<Pick<HallWindow, 'code' | 'name'>> {
  if (!awaitsWindowApproval(state)) return [];
  return windows
    .filter((w) => w.instantItemCodes?.includes(state.item.code) ?? false)
    .map((w) => ({ code: w.code, name: w.name }));
}
