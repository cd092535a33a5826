import type { Calendar } from '../calendar';
import { earlierDate } from './primitives';

/** The calendar functions deadline planning needs (a hall's `createCalendar(...)` fits). */
export type DeadlineCalendar = Pick<
  Calendar,
  | 'addWorkingDays'
  | 'workingDaysBetween'
  | 'isWorkingDay'
  | 'isProvisionalSpan'
  | 'withoutEnteredYears'
  | 'enteredYears'
>;

/**
 * Default working days an applicant gets to supply tolerated materials, capped by the promised
 * date. DOMAIN.md only says "at most the promised limit"; 5 working days is what most cities'
 * 容缺受理 rules give, and the cap keeps the decision from waiting on a material that is not due.
 * The commitment letter may name an earlier date; the guard accepts any date from acceptance
 * to the promised date.
 */
export const DEFAULT_SUPPLY_WORKDAYS = 5;

export type AcceptancePlan = {
  promisedDate: string;
  supplyDeadline?: string;
  /** The promise was counted over a year whose schedule is not entered (预计). */
  promiseProvisional?: true;
  /** The same for the supply deadline. */
  supplyProvisional?: true;
};

/**
 * The dates an `accepted` event carries. promisedDate = acceptedOn + promisedWorkdays working
 * days (counted from the next day; 0 → the same day). With tolerated materials, supplyDeadline =
 * min(acceptedOn + 5 working days, promisedDate). A date counted over a year without an entered
 * schedule (statutory holidays only) is flagged provisional; the receipt prints it as usual.
 */
export function planAcceptance(
  item: { promisedWorkdays: number },
  acceptedOn: string,
  options: { tolerated: readonly unknown[]; supplyWorkdays?: number },
  calendar: Pick<Calendar, 'addWorkingDays' | 'isProvisionalSpan'>,
): AcceptancePlan {
  const promisedDate = calendar.addWorkingDays(acceptedOn, item.promisedWorkdays);
  const promise = {
    promisedDate,
    ...provisionalFlag(calendar, acceptedOn, promisedDate, 'promiseProvisional'),
  };
  if (options.tolerated.length === 0) return promise;
  const supply = calendar.addWorkingDays(acceptedOn, options.supplyWorkdays ?? DEFAULT_SUPPLY_WORKDAYS);
  const supplyDeadline = earlierDate(supply, promisedDate);
  return {
    ...promise,
    supplyDeadline,
    ...provisionalFlag(calendar, acceptedOn, supplyDeadline, 'supplyProvisional'),
  };
}

function provisionalFlag<K extends string>(
  calendar: Pick<Calendar, 'isProvisionalSpan'>,
  from: string,
  to: string,
  key: K,
): { [P in K]?: true } {
  return (calendar.isProvisionalSpan(from, to) ? { [key]: true } : {}) as { [P in K]?: true };
}

/**
 * The calendars a device may have counted a provisional date on: the hall's now, then the hall's
 * as it was before its latest entered years (a device offline while IT entered next year's
 * schedule counted on the statutory holidays). Newest first.
 */
export function calendarsBefore(calendar: DeadlineCalendar): DeadlineCalendar[] {
  const entered = calendar.enteredYears;
  return [
    calendar,
    ...entered.map((_, i) => calendar.withoutEnteredYears(entered.slice(entered.length - 1 - i))),
  ];
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

/**
 * planResumption with its provisional flag: the extended promise is provisional when the old one
 * was, or when the pause or the extension ran over a year without an entered schedule.
 */
export function planResumptionDates(
  pause: { promisedDate: string; pausedFrom: string; resumedOn: string; promiseProvisional?: boolean },
  calendar: Pick<Calendar, 'addWorkingDays' | 'workingDaysBetween' | 'isProvisionalSpan'>,
): { promisedDate: string; promiseProvisional?: true } {
  const promisedDate = planResumption(pause, calendar);
  const dates = [pause.pausedFrom, pause.resumedOn, pause.promisedDate, promisedDate].sort();
  const provisional =
    pause.promiseProvisional === true ||
    calendar.isProvisionalSpan(dates[0] as string, dates[dates.length - 1] as string);
  return provisional ? { promisedDate, promiseProvisional: true } : { promisedDate };
}
