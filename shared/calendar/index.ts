/**
 * Working days, deadlines and supervision levels (see DOMAIN.md "Time limits").
 *
 * The top-level functions use the national data only (`defaultCalendar`); code that serves a
 * hall should use `createCalendar(hall.calendar)` so the hall's entered years and local days count.
 */
import { createCalendar, type Calendar } from './calendar';
import { warningLevel as warningLevelWith, type WarningInput, type WarningLevel } from './warning';

export { createCalendar, PACKAGE_YEARS, type Calendar, type DayInfo, type DayKind } from './calendar';
export {
  CalendarArgumentError,
  CalendarError,
  CalendarRangeError,
  describeYears,
  InvalidDateError,
  type CalendarErrorCode,
} from './errors';
export {
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isoDateSchema,
  localToday,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
  type CivilDate,
} from './iso-date';
export {
  adjustedWorkdaySchema,
  calendarOverridesSchema,
  holidayRunSchema,
  MAX_HOLIDAY_RUN_DAYS,
  yearScheduleSchema,
  type AdjustedWorkday,
  type CalendarOverrides,
  type HolidayRun,
  type YearSchedule,
} from './overrides';
export {
  DEFAULT_YELLOW_AT,
  WARNING_LEVEL_LABELS,
  WARNING_LEVELS,
  warningLevelSchema,
  type WarningInput,
  type WarningLevel,
} from './warning';

/** The national calendar (chinese-days data, no hall overrides). */
export const defaultCalendar: Calendar = createCalendar();

export function isWorkingDay(date: string): boolean {
  return defaultCalendar.isWorkingDay(date);
}

export function addWorkingDays(start: string, n: number): string {
  return defaultCalendar.addWorkingDays(start, n);
}

export function workingDaysBetween(a: string, b: string): number {
  return defaultCalendar.workingDaysBetween(a, b);
}

/** The supervision level of a limit; see warning.ts for the exact rule and its edge cases. */
export function warningLevel(input: WarningInput, calendar: Calendar = defaultCalendar): WarningLevel {
  return warningLevelWith(input, calendar);
}
