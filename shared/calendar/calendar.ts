import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { CalendarArgumentError, CalendarRangeError, InvalidDateError } from './errors';
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber, weekdayOf } from './iso-date';
import { calendarOverridesSchema, datesOfRun, type CalendarOverrides } from './overrides';
import { STATUTORY_LAST_YEAR, statutoryHolidays } from './statutory';

/**
 * Working days of a hall: the national data of the `chinese-days` package plus the hall's
 * overrides. Every function takes and returns 'YYYY-MM-DD' strings.
 *
 * Invariant: a date is never classified by a plain Mon–Fri guess. A year is known (in the package's
 * data or entered by the hall) or, until its State Council schedule is entered, provisional: the
 * statutory holidays (statutory.ts) on top of the weekends. A provisional year is one after the
 * first known year, up to STATUTORY_LAST_YEAR; anything else throws CalendarRangeError.
 */

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'adjusted-workday';

export type DayInfo = {
  date: string;
  working: boolean;
  /** 'holiday' and 'adjusted-workday' come from the data or the hall; the others from the weekday. */
  kind: DayKind;
  /** The holiday's name (元旦, 春节 …) for 'holiday' and 'adjusted-workday'. */
  name?: string;
  /** The year's schedule is not entered: statutory holidays only (预计). */
  provisional?: true;
};

export type Calendar = {
  /** Whether `date` is a working day. */
  isWorkingDay(date: string): boolean;
  /**
   * The deadline of a limit of `n` working days counted from the day after `start`: the n-th
   * working day after `start`. n = 0 gives `start` itself. `start` may be a non-working day.
   */
  addWorkingDays(start: string, n: number): string;
  /**
   * Working days after `a` up to and including `b`. For b < a it is the negative mirror,
   * −workingDaysBetween(b, a); for a = b it is 0.
   */
  workingDaysBetween(a: string, b: string): number;
  /** Why a day is or is not a working day (for the UI: "2026-02-16 春节"). */
  dayInfo(date: string): DayInfo;
  /** Whether holiday data exists for the year of `date` (a valid date; never throws for range). */
  isKnown(date: string): boolean;
  /** Whether the year of `date` is counted on the statutory holidays only (not yet entered). */
  isProvisional(date: string): boolean;
  /**
   * Whether a count from `a` to `b` (either order) walks through a provisional year: a date
   * computed over it is provisional (预计) until the year's schedule is entered.
   */
  isProvisionalSpan(a: string, b: string): boolean;
  /**
   * The same calendar as it was before the hall entered `years` (those not in the package become
   * provisional again): what a device that had not pulled them yet counted. Cached.
   */
  withoutEnteredYears(years: readonly number[]): Calendar;
  /** The years with holiday data, ascending. */
  readonly knownYears: readonly number[];
  /** The years the hall entered itself, ascending. */
  readonly enteredYears: readonly number[];
};

type Mark = { working: boolean; name: string };

type RawDays = { holidays: Record<string, string>; workdays: Record<string, string> };

/** chinese-days writes "Spring Festival,春节,4": the Chinese name is the second field. */
function holidayName(raw: string): string {
  const parts = raw.split(',');
  return parts[1] ?? parts[0] ?? raw;
}

const PACKAGE_DATA: RawDays = chineseDays;

/** The years the package has data for; all of them are complete years of State Council notices. */
export const PACKAGE_YEARS: readonly number[] = [
  ...new Set(Object.keys(PACKAGE_DATA.holidays).map((d) => Number(d.slice(0, 4)))),
].sort((a, b) => a - b);

export function createCalendar(overrides: CalendarOverrides = {}): Calendar {
  const parsed = calendarOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CalendarArgumentError(`节假日设置无效：${detail}`, `Invalid calendar overrides: ${detail}`, {
      cause: parsed.error,
    });
  }
  const o = parsed.data;
  const hallYears = new Set((o.years ?? []).map((y) => y.year));
  const known = new Set<number>([...PACKAGE_YEARS, ...hallYears]);
  const knownYears = [...known].sort((a, b) => a - b);
  const firstKnown = knownYears[0] ?? Infinity;
  const marks = new Map<number, Mark>();

  // Layer 1: the package, minus the years the hall re-entered.
  const fromPackage = (table: Record<string, string>, working: boolean): void => {
    for (const [date, raw] of Object.entries(table)) {
      if (hallYears.has(Number(date.slice(0, 4)))) continue;
      marks.set(mustDayNumber(date), { working, name: holidayName(raw) });
    }
  };
  fromPackage(PACKAGE_DATA.holidays, false);
  fromPackage(PACKAGE_DATA.workdays, true);
  // Layer 2: the hall's years. Layer 3: the hall's extra days.
  for (const y of o.years ?? []) {
    for (const run of y.holidays)
      for (const d of datesOfRun(run)) marks.set(mustDayNumber(d), mark(false, run));
    for (const w of y.workdays) marks.set(mustDayNumber(w.date), mark(true, w));
  }
  for (const run of o.extraHolidays ?? []) {
    for (const d of datesOfRun(run)) marks.set(mustDayNumber(d), mark(false, run));
  }
  for (const w of o.extraWorkdays ?? []) marks.set(mustDayNumber(w.date), mark(true, w));

  const provisionalYear = (year: number): boolean =>
    !known.has(year) && year > firstKnown && year <= STATUTORY_LAST_YEAR;
  // Statutory holidays of a provisional year, added once on first use; the hall's extra days
  // (already in `marks`) keep precedence.
  const filled = new Set<number>();
  const fillProvisional = (year: number): void => {
    if (filled.has(year)) return;
    filled.add(year);
    for (const h of statutoryHolidays(year)) {
      const n = mustDayNumber(h.date);
      if (!marks.has(n)) marks.set(n, { working: false, name: h.name });
    }
  };
  const requireKnown = (n: number): void => {
    const civil = fromDayNumber(n);
    if (known.has(civil.year)) return;
    if (!provisionalYear(civil.year)) throw new CalendarRangeError(formatIsoDate(civil), knownYears);
    fillProvisional(civil.year);
  };
  const yearOf = (date: string): number => fromDayNumber(mustDayNumber(date)).year;
  const variants = new Map<string, Calendar>();

  const isWorkingDayNumber = (n: number): boolean => {
    requireKnown(n);
    const m = marks.get(n);
    if (m) return m.working;
    const wd = weekdayOf(n);
    return wd !== 0 && wd !== 6;
  };

  const dayInfo = (date: string): DayInfo => {
    const n = mustDayNumber(date);
    requireKnown(n);
    const m = marks.get(n);
    const provisional = known.has(fromDayNumber(n).year) ? {} : { provisional: true as const };
    if (m)
      return {
        date,
        working: m.working,
        kind: m.working ? 'adjusted-workday' : 'holiday',
        name: m.name,
        ...provisional,
      };
    const wd = weekdayOf(n);
    const weekend = wd === 0 || wd === 6;
    return { date, working: !weekend, kind: weekend ? 'weekend' : 'weekday', ...provisional };
  };

  const addWorkingDays = (start: string, n: number): string => {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new CalendarArgumentError(
        `工作日天数应为非负整数，收到 ${n}`,
        `The number of working days must be a non-negative integer, got ${n}`,
      );
    }
    let day = mustDayNumber(start);
    requireKnown(day);
    // Terminates: every year up to STATUTORY_LAST_YEAR has working days; past it the walk throws.
    for (let counted = 0; counted < n;) {
      day += 1;
      if (isWorkingDayNumber(day)) counted += 1;
    }
    return formatIsoDate(fromDayNumber(day));
  };

  const countBetween = (from: number, to: number): number => {
    requireKnown(from);
    let count = 0;
    for (let day = from + 1; day <= to; day += 1) if (isWorkingDayNumber(day)) count += 1;
    return count;
  };

  const workingDaysBetween = (a: string, b: string): number => {
    const na = mustDayNumber(a);
    const nb = mustDayNumber(b);
    if (nb >= na) return countBetween(na, nb);
    const back = countBetween(nb, na);
    return back === 0 ? 0 : -back; // never -0: callers compare with ===
  };

  const calendar: Calendar = {
    isWorkingDay: (date) => isWorkingDayNumber(mustDayNumber(date)),
    addWorkingDays,
    workingDaysBetween,
    dayInfo,
    isKnown: (date) => known.has(yearOf(date)),
    isProvisional: (date) => provisionalYear(yearOf(date)),
    isProvisionalSpan: (a, b) => {
      const [from, to] = [yearOf(a), yearOf(b)].sort((x, y) => x - y) as [number, number];
      for (let y = from; y <= to; y += 1) if (provisionalYear(y)) return true;
      return false;
    },
    withoutEnteredYears: (years) => {
      const drop = [...new Set(years)].filter((y) => hallYears.has(y)).sort((a, b) => a - b);
      const key = drop.join(',');
      if (drop.length === 0) return calendar;
      const cached = variants.get(key);
      if (cached) return cached;
      const variant = createCalendar({ ...o, years: (o.years ?? []).filter((y) => !drop.includes(y.year)) });
      variants.set(key, variant);
      return variant;
    },
    knownYears,
    enteredYears: [...hallYears].sort((a, b) => a - b),
  };
  return calendar;
}

function mark(working: boolean, entry: { name: string }): Mark {
  return { working, name: entry.name };
}

/** The day number of a date string; InvalidDateError when it is not a real 'YYYY-MM-DD' date. */
export function mustDayNumber(date: string): number {
  const parts = typeof date === 'string' ? parseIsoDate(date) : undefined;
  if (!parts) throw new InvalidDateError(String(date));
  return toDayNumber(parts);
}
