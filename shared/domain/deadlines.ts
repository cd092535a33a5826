import type { Calendar } from '../calendar';
import { earlierDate } from './primitives';

/** The calendar functions deadline planning needs (a hall's `createCalendar(...)` fits). */
export type DeadlineCalendar = Pick<Calendar, 'addWorkingDays' | 'workingDaysBetween' | 'isWorkingDay'>;

/**
 * Default working days an applicant gets to supply tolerated materials, capped by the promised
 * date. DOMAIN.md only says "at most the promised limit"; 5 working days is what most cities'
 * 容缺受理 rules give, and the cap keeps the decision from waiting on a material that is not due.
 * The commitment letter may name an earlier date; the guard accepts any date from acceptance
 * to the promised date.
 */
export const DEFAULT_SUPPLY_WORKDAYS = 5;

export type AcceptancePlan = { promisedDate: string; supplyDeadline?: string };

/**
 * The dates an `accepted` event carries. promisedDate = acceptedOn + promisedWorkdays working
 * days (counted from the next day; 0 → the same day). With tolerated materials, supplyDeadline =
 * min(acceptedOn + 5 working days, promisedDate). Throws the calendar's CalendarRangeError past
 * the known years: never a guessed date on a printed promise.
 */
export function planAcceptance(
  item: { promisedWorkdays: number },
  acceptedOn: string,
  options: { tolerated: readonly unknown[]; supplyWorkdays?: number },
  calendar: Pick<Calendar, 'addWorkingDays'>,
): AcceptancePlan {
  const promisedDate = calendar.addWorkingDays(acceptedOn, item.promisedWorkdays);
  if (options.tolerated.length === 0) return { promisedDate };
  const supply = calendar.addWorkingDays(acceptedOn, options.supplyWorkdays ?? DEFAULT_SUPPLY_WORKDAYS);
  return { promisedDate, supplyDeadline: earlierDate(supply, promisedDate) };
}

/**
 * The promised date after a pause (§45 special steps are not counted in the limit). The clock
 * stops after `pausedFrom` and restarts after `resumedOn`, so the working days in
 * (pausedFrom, resumedOn] are added to the promise; resuming on the pause's own day adds none.
 * The result is never earlier than `promisedDate`.
 */
export function planResumption(
  pause: { promisedDate: string; pausedFrom: string; resumedOn: string },
  calendar: Pick<Calendar, 'addWorkingDays' | 'workingDaysBetween'>,
): string {
  const paused = Math.max(0, calendar.workingDaysBetween(pause.pausedFrom, pause.resumedOn));
  return calendar.addWorkingDays(pause.promisedDate, paused);
}
