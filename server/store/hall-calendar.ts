import { zhCN } from 'zod/locales';
import {
  createCalendar,
  describeYears,
  PACKAGE_YEARS,
  calendarOverridesSchema,
  type YearSchedule,
} from '../../shared/calendar';
import type { CaseState } from '../../shared/domain';
import { formatIssuePath, parseHall, type Hall } from '../../shared/hall';
import { promisesToReview, type PromiseReview } from '../../shared/supervision';
import type { Queryable } from '../db/database';
import { readHall, saveHall } from './reference-data';

/** A holiday schedule the operator must correct: every problem, with where it is, in Chinese. */
export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
  constructor(readonly problems: readonly string[]) {
    super(`放假安排有误，未录入：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export type CalendarYears = {
  hallId: string;
  /** Every year the hall's devices can count working days in, ascending. */
  known: readonly number[];
  /** The years the hall entered itself (a year after the package's data, or a correction). */
  entered: readonly { year: number; source?: string }[];
};

async function hallOrRefuse(db: Queryable, hallId: string | undefined): Promise<Hall> {
  const hall = await readHall(db, hallId);
  if (!hall) throw new ScheduleError([hallId === undefined ? '数据库中还没有大厅' : `没有大厅 ${hallId}`]);
  return hall;
}

function yearsOf(hall: Hall): CalendarYears {
  return {
    hallId: hall.id,
    known: createCalendar(hall.calendar).knownYears,
    entered: (hall.calendar.years ?? []).map((y) => ({
      year: y.year,
      ...(y.source === undefined ? {} : { source: y.source }),
    })),
  };
}

/** The years a hall's calendar knows: the package's (chinese-days) and those the hall entered. */
export async function calendarYears(db: Queryable, hallId?: string): Promise<CalendarYears> {
  return yearsOf(await hallOrRefuse(db, hallId));
}

/**
 * Checks a year's schedule as read from the operator's file, with every rule a hall's calendar has
 * (a date outside the year, a date entered twice); throws ScheduleError in Chinese.
 */
export function parseYearSchedule(json: unknown): YearSchedule {
  const parsed = calendarOverridesSchema.safeParse({ years: [json] }, { error: zhCN().localeError });
  const schedule = parsed.success ? parsed.data.years?.[0] : undefined;
  if (schedule) return schedule;
  const issues = parsed.success ? [] : parsed.error.issues;
  // Paths as the operator's file has them: "holidays[0].to", not "years[0].holidays[0].to".
  throw new ScheduleError(
    issues.map((issue) => `${formatIssuePath(issue.path.slice(2)) || '文件'}：${issue.message}`),
  );
}

/**
 * Enters (or replaces) one year's holiday schedule in the hall's calendar and publishes the hall,
 * so every device of the hall counts working days in that year at its next pull. The whole hall
 * is checked again first: a schedule that clashes with the hall's own extra days is refused and
 * nothing is saved.
 */
export async function enterYearSchedule(
  db: Queryable,
  schedule: YearSchedule,
  hallId?: string,
): Promise<{ years: CalendarYears; replaced: boolean; review: PromiseReview[] }> {
  const hall = await hallOrRefuse(db, hallId);
  const others = (hall.calendar.years ?? []).filter((y) => y.year !== schedule.year);
  const replaced = others.length !== (hall.calendar.years ?? []).length;
  const years = [...others, schedule].sort((a, b) => a.year - b.year);
  const checked = parseHall({ ...hall, calendar: { ...hall.calendar, years } });
  if (!checked.ok) throw new ScheduleError(checked.errors.map((e) => `${e.path}：${e.message}`));
  await saveHall(db, checked.value);
  const review = promisesToReview(
    await openProvisionalCases(db, checked.value.id),
    createCalendar(checked.value.calendar),
  );
  return { years: yearsOf(checked.value), replaced, review };
}

/** The hall's open cases whose promise was counted on the provisional calendar (the projection). */
async function openProvisionalCases(db: Queryable, hallId: string): Promise<CaseState[]> {
  const rows = await db.query<{ state: CaseState }>(
    `select state from cases
      where hall_id = $1 and status in ('accepted', 'in-review', 'paused')
        and state->'dates'->>'promiseProvisional' = 'true'`,
    [hallId],
  );
  return rows.map((r) => r.state);
}

/** "2004–2026" for the package's years, for messages. */
export const PACKAGE_YEAR_RANGE = describeYears(PACKAGE_YEARS);
