import type { Calendar } from '../calendar';
import { outstandingTolerated, type CaseState } from '../domain';
import type { ToleranceRule } from '../hall';

/**
 * What the hall's rule (容缺受理 on default) asks of a tolerance case today:
 * - `none`: nothing is overdue (no tolerated material outstanding, or the supply deadline not passed);
 * - `pause`: 'pause-then-terminate' and not yet paused for it: pause from today until `graceUntil`
 *   (today + the rule's working days), when the case may be terminated;
 * - `grace`: paused for it, the grace running until `graceUntil` (inclusive);
 * - `wait`: 'pause-then-terminate', but the case is in another pause (a §45 step, 补正): its grace
 *   pause follows the resumption;
 * - `terminate`: may be terminated today (rule 'terminate', or the grace has run out).
 * The grace counts from the day the pause is recorded, as the tolerance notice promised
 * (“暂停 N 个工作日后仍未补齐的，终止办理”): a late pause never shortens it.
 */
export type ToleranceStep =
  | { kind: 'none' }
  | { kind: 'pause'; supplyDeadline: string; from: string; graceUntil: string }
  | { kind: 'grace'; supplyDeadline: string; graceUntil: string }
  | { kind: 'wait'; supplyDeadline: string }
  | { kind: 'terminate'; supplyDeadline: string; graceUntil?: string };

const OPEN = new Set<CaseState['status']>(['accepted', 'in-review', 'paused']);

export function toleranceStep(
  state: CaseState,
  rule: ToleranceRule,
  today: string,
  calendar: Pick<Calendar, 'addWorkingDays'>,
): ToleranceStep {
  const supplyDeadline = state.dates.supplyDeadline;
  if (!OPEN.has(state.status) || supplyDeadline === undefined || today <= supplyDeadline)
    return { kind: 'none' };
  if (outstandingTolerated(state).length === 0) return { kind: 'none' };
  const pause = state.status === 'paused' ? state.dates.pauses.at(-1) : undefined;
  if (pause?.graceUntil !== undefined)
    return today > pause.graceUntil
      ? { kind: 'terminate', supplyDeadline, graceUntil: pause.graceUntil }
      : { kind: 'grace', supplyDeadline, graceUntil: pause.graceUntil };
  if (rule.onDefault === 'terminate') return { kind: 'terminate', supplyDeadline };
  if (pause) return { kind: 'wait', supplyDeadline };
  return {
    kind: 'pause',
    supplyDeadline,
    from: today,
    graceUntil: calendar.addWorkingDays(today, rule.graceWorkingDays),
  };
}
