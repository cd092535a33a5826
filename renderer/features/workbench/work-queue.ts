import type { Calendar } from '../../../shared/calendar';
import {
  approvalWindows,
  outstandingTolerated,
  returnedToWindow,
  type CaseState,
  type CaseStatus,
} from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';

/**
 * The window's work queue (工作队列): the cases that wait for a window and for nobody else, beside
 * today's intake. Pure, so the rules are tested without Dexie; `useWorkQueue` feeds it the open
 * cases the device holds.
 */
export const QUEUE_KINDS = [
  'approve', // 待审批: an instant item accepted elsewhere (a village agent) this window may decide
  'returned', // 退回: the reviewer sent it back to its intake window
  'paused', // 暂停/补正: the clock is stopped; the applicant brings materials to the window
  'supply', // 容缺补齐期限临近 (or past)
  'certify', // 待制证: the back office approved, the certificate is to be made
  'deliver', // 待出件: the result waits for pickup or mailing
  'notified', // 已一次性告知: waiting for the applicant to come back with the rest
  'sent', // 已送大厅审批: a village room's instant item, waiting at the hall (the agent sees where)
] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** The statuses a queued case can have: what `useWorkQueue` reads from Dexie. */
export const QUEUED_STATUSES: readonly CaseStatus[] = [
  'notified-missing',
  'accepted',
  'in-review',
  'paused',
  'approved',
  'certified',
  'denied',
];

/** Working days ahead in which a supply deadline is shown as coming up. */
export const SUPPLY_SOON_WORKDAYS = 3;

export interface QueueContext {
  /** This device's window or service point code. */
  counterCode: string;
  role: string;
  hall: Pick<Hall, 'windows' | 'sections'> | undefined;
  today: string;
  calendar: Pick<Calendar, 'addWorkingDays'>;
}

export interface QueueEntry {
  kind: QueueKind;
  state: CaseState;
}

function supplySoon(state: CaseState, ctx: QueueContext): boolean {
  const deadline = state.dates.supplyDeadline;
  if (deadline === undefined || outstandingTolerated(state).length === 0) return false;
  if (!['accepted', 'in-review', 'paused'].includes(state.status)) return false;
  try {
    return deadline <= ctx.calendar.addWorkingDays(ctx.today, SUPPLY_SOON_WORKDAYS);
  } catch {
    // A calendar without next year's data: show the case rather than hide a deadline.
    return true;
  }
}

/** Why the case waits at this counter, or undefined when it does not (first reason that applies). */
export function queueKindOf(state: CaseState, ctx: QueueContext): QueueKind | undefined {
  const own = state.windowCode === ctx.counterCode;
  const window = ctx.hall?.windows.find((w) => w.code === ctx.counterCode);
  const issuing = window?.handsOutResults === true;
  const approvers = ctx.hall ? approvalWindows(state, ctx.hall) : [];
  if (approvers.length > 0) {
    if (ctx.role === 'window' && approvers.some((w) => w.code === ctx.counterCode)) return 'approve';
    if (own) return 'sent';
    return undefined;
  }
  if (!own && !issuing) return undefined;
  if (own && returnedToWindow(state)) return 'returned';
  if (own && state.status === 'paused') return 'paused';
  if (own && supplySoon(state, ctx)) return 'supply';
  if (state.status === 'approved' && state.certificate === undefined && state.item.tier !== 'window')
    return 'certify';
  if (['approved', 'certified', 'denied'].includes(state.status)) return 'deliver';
  if (own && state.status === 'notified-missing') return 'notified';
  return undefined;
}

/** The queue: cases in the order of QUEUE_KINDS, oldest first within a kind. */
export function workQueue(states: readonly CaseState[], ctx: QueueContext): QueueEntry[] {
  const entries: QueueEntry[] = [];
  for (const state of states) {
    const kind = queueKindOf(state, ctx);
    if (kind) entries.push({ kind, state });
  }
  const rank = (k: QueueKind) => QUEUE_KINDS.indexOf(k);
  return entries.sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      (a.state.lastEventAt < b.state.lastEventAt ? -1 : a.state.lastEventAt > b.state.lastEventAt ? 1 : 0),
  );
}
