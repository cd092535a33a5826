import { CalendarRangeError, type Calendar } from '../../../shared/calendar';
import { CASE_STATUSES, type CaseState, type CaseStatus } from '../../../shared/domain';
import {
  caseClock,
  intakeResult,
  type CaseClock,
  type ClockLevel,
  type IntakeResult,
} from '../../../shared/supervision';
import { isPoorRating, openFollowUps, type FollowUp } from '../ratings/follow-up';

export interface WindowIntake extends Record<IntakeResult, number> {
  windowCode: string;
  total: number;
}

export interface ClockRow {
  state: CaseState;
  clock: Extract<CaseClock, { kind: 'running' | 'paused' }>;
}

export interface OfficerLoad {
  officerId: string;
  intakeToday: number;
  reviews: number;
  ratings: number;
  /** Mean level, 1 (非常满意) … 5; undefined without ratings. */
  meanRating: number | undefined;
  poorRatings: number;
}

export interface Dashboard {
  intakeByWindow: WindowIntake[];
  byStatus: Array<{ status: CaseStatus; count: number }>;
  yellow: ClockRow[];
  red: ClockRow[];
  /** Tolerance cases with materials outstanding, nearest supply deadline first. */
  supplyDue: ClockRow[];
  officers: OfficerLoad[];
  /** Follow-ups of poor ratings not yet done (no outcome recorded), nearest deadline first. */
  followUps: FollowUp[];
  /** Clocks that could not be computed (a date beyond the hall calendar's holiday data). */
  clockErrors: number;
  /** Open cases (a running or paused clock) by the colour of their promise. */
  levels: Record<ClockLevel, number>;
}

/**
 * Everything the supervisor's dashboard shows, from the cases this device holds, in one pass.
 * Ratings are credited to the officer who registered the case (the one the applicant met).
 */
export function buildDashboard(
  cases: Iterable<CaseState>,
  options: { today: string; calendar: Calendar; yellowAt: number },
): Dashboard {
  const windows = new Map<string, WindowIntake>();
  const statuses = new Map<CaseStatus, number>();
  const officers = new Map<string, OfficerLoad & { ratingSum: number }>();
  const yellow: ClockRow[] = [];
  const red: ClockRow[] = [];
  const supplyDue: ClockRow[] = [];
  const followUps: FollowUp[] = [];
  let clockErrors = 0;
  const levels: Record<ClockLevel, number> = { normal: 0, yellow: 0, red: 0 };
  const officer = (id: string) => {
    const o = officers.get(id) ?? {
      officerId: id,
      intakeToday: 0,
      reviews: 0,
      ratings: 0,
      meanRating: undefined,
      poorRatings: 0,
      ratingSum: 0,
    };
    officers.set(id, o);
    return o;
  };
  for (const c of cases) {
    statuses.set(c.status, (statuses.get(c.status) ?? 0) + 1);
    if (c.dates.registeredOn === options.today) {
      const result = intakeResult(c);
      const w = windows.get(c.windowCode) ?? {
        windowCode: c.windowCode,
        total: 0,
        accepted: 0,
        tolerance: 0,
        missing: 0,
        refused: 0,
      };
      w.total += 1;
      if (result) w[result] += 1;
      windows.set(c.windowCode, w);
      officer(c.registeredBy).intakeToday += 1;
    }
    for (const review of c.approval.reviews) officer(review.actor).reviews += 1;
    for (const e of c.evaluations) {
      const o = officer(c.registeredBy);
      o.ratings += 1;
      o.ratingSum += e.level;
      if (isPoorRating(e.level)) o.poorRatings += 1;
    }
    followUps.push(...openFollowUps(c));
    const clock = clockOf(c, options);
    if (clock === undefined) clockErrors += 1;
    if (clock === undefined || clock.kind === 'none') continue;
    const row = { state: c, clock };
    levels[clock.level] += 1;
    if (clock.level === 'red') red.push(row);
    else if (clock.level === 'yellow') yellow.push(row);
    if (clock.supply) supplyDue.push(row);
  }
  const byDeadline = (a: ClockRow, b: ClockRow) => a.clock.deadline.localeCompare(b.clock.deadline);
  return {
    intakeByWindow: [...windows.values()].sort((a, b) => a.windowCode.localeCompare(b.windowCode)),
    byStatus: CASE_STATUSES.filter((s) => statuses.has(s)).map((s) => ({
      status: s,
      count: statuses.get(s) ?? 0,
    })),
    yellow: yellow.sort(byDeadline),
    red: red.sort(byDeadline),
    supplyDue: supplyDue.sort((a, b) =>
      (a.clock.supply?.deadline ?? '').localeCompare(b.clock.supply?.deadline ?? ''),
    ),
    officers: [...officers.values()]
      .map(({ ratingSum, ...o }) => ({
        ...o,
        meanRating: o.ratings === 0 ? undefined : ratingSum / o.ratings,
      }))
      .sort((a, b) => a.officerId.localeCompare(b.officerId)),
    followUps: followUps.sort((a, b) => a.deadline.localeCompare(b.deadline)),
    clockErrors,
    levels,
  };
}

/** The case's clock, or undefined when the calendar has no holiday data for a date it needs. */
function clockOf(
  c: CaseState,
  options: { today: string; calendar: Calendar; yellowAt: number },
): CaseClock | undefined {
  try {
    return caseClock(c, options.today, options.calendar, options.yellowAt);
  } catch (error) {
    if (error instanceof CalendarRangeError) {
      // The supervisor reads a count; the detail is for IT.
      console.warn(`${c.caseNumber}: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}
