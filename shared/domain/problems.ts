import { CalendarRangeError } from '../calendar';
import type { CaseState, CaseStatus } from './case-state';
import { CASE_STATUS_LABELS } from './case-state';
import type { CaseEventType } from './events';
import { EVENT_TYPE_LABELS } from './events';

/** Machine codes of the guard's refusals; the zh-CN sentence travels beside each. */
export const GUARD_CODES = [
  'hash-mismatch',
  'role',
  'not-registered',
  'already-registered',
  'case-mismatch',
  'registration',
  'status',
  'material-unknown',
  'material-not-received',
  'material-not-allowed',
  'blobs-not-in-envelope',
  'page-not-held',
  'page-repeated',
  'intake-incomplete',
  'tolerance-not-allowed',
  'tolerance-mismatch',
  'tolerance-outstanding',
  'nothing-outstanding',
  'deadline-not-passed',
  'notice-mismatch',
  'date-order',
  'calendar',
  'route',
  'step',
  'meeting',
  'not-registrant',
  'reviewed-already',
] as const;
export type GuardCode = (typeof GUARD_CODES)[number];

export type Problem = { code: GuardCode; message: string };

export function problem(code: GuardCode, message: string): Problem {
  return { code, message };
}

/** A problem when the case's status is not one of `allowed` for this event type. */
export function statusProblems(
  state: CaseState,
  type: CaseEventType,
  allowed: readonly CaseStatus[],
): Problem[] {
  if (allowed.includes(state.status)) return [];
  return [
    problem(
      'status',
      `当前状态「${CASE_STATUS_LABELS[state.status]}」下不能记录「${EVENT_TYPE_LABELS[type]}」`,
    ),
  ];
}

/**
 * A problem when `later` is before `earlier` (dates are 'YYYY-MM-DD', so string order is date
 * order). Business dates never move backwards within a case.
 */
export function notBefore(
  later: string,
  laterLabel: string,
  earlier: string | undefined,
  earlierLabel: string,
): Problem[] {
  if (earlier === undefined || later >= earlier) return [];
  return [problem('date-order', `${laterLabel}（${later}）早于${earlierLabel}（${earlier}）`)];
}

/**
 * Runs calendar arithmetic for a check; a calendar error (a date before 2004 or past 2099) is a
 * problem in one plain line; the error's own message, for IT, is not an officer's reading.
 */
export function withCalendar(run: () => Problem[]): Problem[] {
  try {
    return run();
  } catch (error) {
    const date = error instanceof CalendarRangeError ? `（${error.date}）` : '';
    return [problem('calendar', `无法按工作日历核对日期${date}`)];
  }
}

export function materialNames(materials: ReadonlyArray<{ name: string }>): string {
  return materials.map((m) => m.name).join('、');
}
