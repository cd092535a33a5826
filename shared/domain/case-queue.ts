import type { Hall } from '../hall/hall';
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
 * Whether the case waits for a window's decision (窗口审批): accepted, window tier, nothing owed.
 * A village agent accepts such items but may not decide them, so they wait for a hall window
 * (`approvalWindows`).
 */
export function awaitsWindowApproval(state: CaseState): boolean {
  return (
    state.status === 'accepted' && state.item.tier === 'window' && outstandingTolerated(state).length === 0
  );
}

type HallWindows = Pick<Hall, 'windows' | 'sections'>;

/**
 * The hall windows that may decide this case now: for an instant item those the hall authorises
 * to it (`instantItemCodes`, 窗口即办); for a window-tier promise item the windows of its section
 * (the item snapshot names the section by the hall's section name). Empty when it does not wait.
 */
export function approvalWindows(
  state: CaseState,
  hall: HallWindows,
): Array<Pick<Hall['windows'][number], 'code' | 'name'>> {
  if (!awaitsWindowApproval(state)) return [];
  const section = hall.sections.find((s) => s.name === state.item.section)?.id;
  return hall.windows
    .filter((w) =>
      state.item.handling === 'instant'
        ? (w.instantItemCodes?.includes(state.item.code) ?? false)
        : section !== undefined && w.sectionIds.includes(section) && w.handsOutResults !== true,
    )
    .map((w) => ({ code: w.code, name: w.name }));
}
