import { z } from 'zod';
import { isoDateSchema, parseIsoDate, toDayNumber, fromDayNumber, formatIsoDate } from './iso-date';

/**
 * What a hall adds to the national holiday data (chinese-days, 2004–2026).
 *
 * - `years`: a whole year's schedule as published by the General Office of the State Council
 *   (国务院办公厅关于 YYYY 年部分节假日安排的通知, each November/December). Entering a year makes
 *   it known; it replaces the package's data for that year if the package has it (a correction).
 *   Its entries may fall in the December before (a New Year holiday starting on 12-31).
 * - `extraHolidays`: local days off on top of the national data (e.g. the hall is closed by a
 *   municipal decision). They do not make an unknown year known.
 * - `extraWorkdays`: local working days (e.g. the hall opens on a holiday by decision).
 *
 * Precedence for one date: extra entries > the hall's year > the package's data > Mon–Fri rule.
 * A date may appear at most once per layer, so the outcome never depends on list order.
 */

function bilingual(zh: string, en: string): { message: string; params: { zh: string; en: string } } {
  return { message: zh, params: { zh, en } };
}

// Refinements, not .min/.max: only custom issues keep `params` (the English words).
const nameSchema = z
  .string()
  .trim()
  .refine((v) => v.length >= 1, bilingual('请填写名称（如“春节”）', 'Enter a name (e.g. Spring Festival)'))
  .refine((v) => v.length <= 40, bilingual('名称不超过40字', 'A name has at most 40 characters'));

/** The longest holiday run accepted in one entry: longer is almost surely a typo in a year. */
export const MAX_HOLIDAY_RUN_DAYS = 31;

/** Days off from `from` to `to` inclusive (one day when `to` is absent), e.g. 春节 02-15..02-23. */
export const holidayRunSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema.optional(), name: nameSchema })
  .superRefine((run, ctx) => {
    if (run.to === undefined || !parseIsoDate(run.from) || !parseIsoDate(run.to)) return;
    const length = dayNumberOf(run.to) - dayNumberOf(run.from) + 1;
    if (length < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        ...bilingual('结束日期早于开始日期', 'The end date is before the start date'),
      });
    } else if (length > MAX_HOLIDAY_RUN_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        ...bilingual(
          `一段假期不超过 ${MAX_HOLIDAY_RUN_DAYS} 天，这里是 ${length} 天`,
          `A holiday run has at most ${MAX_HOLIDAY_RUN_DAYS} days; this one has ${length}`,
        ),
      });
    }
  });
export type HolidayRun = z.infer<typeof holidayRunSchema>;

/** A working day on a weekend or holiday (调休上班); `name` is the holiday it makes up for. */
export const adjustedWorkdaySchema = z.object({ date: isoDateSchema, name: nameSchema });
export type AdjustedWorkday = z.infer<typeof adjustedWorkdaySchema>;

export const yearScheduleSchema = z.object({
  year: z.int().min(2004).max(2099),
  /** Where the schedule comes from, e.g. the notice number (国办发明电〔2026〕X号). */
  source: z.string().trim().max(200).optional(),
  holidays: z.array(holidayRunSchema),
  workdays: z.array(adjustedWorkdaySchema),
});
export type YearSchedule = z.infer<typeof yearScheduleSchema>;

export const calendarOverridesSchema = z
  .object({
    years: z.array(yearScheduleSchema).optional(),
    extraHolidays: z.array(holidayRunSchema).optional(),
    extraWorkdays: z.array(adjustedWorkdaySchema).optional(),
  })
  .superRefine((o, ctx) => {
    const seenYears = new Set<number>();
    const yearLayer = new Map<string, string>();
    (o.years ?? []).forEach((y, yi) => {
      if (seenYears.has(y.year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['years', yi, 'year'],
          ...bilingual(`${y.year} 年录入了两次`, `The year ${y.year} is entered twice`),
        });
      }
      seenYears.add(y.year);
      const claim = (date: string, path: (string | number)[]): void => {
        const year = Number(date.slice(0, 4));
        const inWindow = year === y.year || (year === y.year - 1 && date.slice(5, 7) === '12');
        if (!inWindow) {
          ctx.addIssue({
            code: 'custom',
            path,
            ...bilingual(
              `${date} 不属于 ${y.year} 年的放假安排（只可为该年或上一年12月）`,
              `${date} does not belong to the ${y.year} schedule (only that year or the December before)`,
            ),
          });
        }
        claimOnce(yearLayer, date, `years[${yi}]`, path, ctx);
      };
      y.holidays.forEach((run, i) => datesOfRun(run).forEach((d) => claim(d, ['years', yi, 'holidays', i])));
      y.workdays.forEach((w, i) => claim(w.date, ['years', yi, 'workdays', i, 'date']));
    });
    const extraLayer = new Map<string, string>();
    (o.extraHolidays ?? []).forEach((run, i) =>
      datesOfRun(run).forEach((d) => claimOnce(extraLayer, d, 'extra', ['extraHolidays', i], ctx)),
    );
    (o.extraWorkdays ?? []).forEach((w, i) =>
      claimOnce(extraLayer, w.date, 'extra', ['extraWorkdays', i, 'date'], ctx),
    );
  });
export type CalendarOverrides = z.infer<typeof calendarOverridesSchema>;

function claimOnce(
  layer: Map<string, string>,
  date: string,
  owner: string,
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  if (layer.has(date)) {
    ctx.addIssue({
      code: 'custom',
      path,
      ...bilingual(
        `${date} 重复录入（同一日期只能是一种安排）`,
        `${date} is entered twice (one rule per date)`,
      ),
    });
  }
  layer.set(date, owner);
}

function dayNumberOf(date: string): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`not a date: ${date}`); // unreachable: callers pass parsed dates
  return toDayNumber(parts);
}

/** Every date of a run, in order. Invalid or reversed runs (rejected by the schema) give []. */
export function datesOfRun(run: HolidayRun): string[] {
  const from = parseIsoDate(run.from);
  const to = parseIsoDate(run.to ?? run.from);
  if (!from || !to) return [];
  const dates: string[] = [];
  const last = Math.min(toDayNumber(to), toDayNumber(from) + MAX_HOLIDAY_RUN_DAYS - 1);
  for (let n = toDayNumber(from); n <= last; n += 1) dates.push(formatIsoDate(fromDayNumber(n)));
  return dates;
}
