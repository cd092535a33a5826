import { z } from 'zod';
import type { Calendar } from './calendar';
import { CalendarArgumentError } from './errors';
import { mustDayNumber } from './calendar';

/**
 * Electronic supervision (电子监察) levels of a running time limit: a case, a review step, or a
 * tolerance supply deadline.
 */
export const WARNING_LEVELS = ['normal', 'yellow', 'red'] as const;
export const warningLevelSchema = z.enum(WARNING_LEVELS);
export type WarningLevel = z.infer<typeof warningLevelSchema>;

export const WARNING_LEVEL_LABELS: Readonly<Record<WarningLevel, { zh: string; en: string }>> = {
  normal: { zh: '正常', en: 'On time' },
  yellow: { zh: '黄牌预警', en: 'Yellow warning' },
  red: { zh: '红牌超期', en: 'Red: overdue' },
};

export const DEFAULT_YELLOW_AT = 0.8;

export type WarningInput = {
  /** The day the clock starts after (acceptance day, or the day the step began). */
  start: string;
  /** The last day allowed, usually addWorkingDays(start, limit) plus any recorded pause. */
  deadline: string;
  today: string;
  /** Share of the working days between start and deadline that turns the limit yellow, in (0, 1]. */
  yellowAt?: number;
};

/**
 * - red: today is after the deadline (whatever the calendar says about the days between).
 * - yellow: used / limit ≥ yellowAt, where used = workingDaysBetween(start, today) and
 *   limit = workingDaysBetween(start, deadline). On the deadline day itself used = limit, so every
 *   running limit is yellow on its last day.
 * - Limit 0 (an instant item: deadline = start): yellow on that day, red after it.
 * - normal otherwise, including a today before start.
 * Throws CalendarArgumentError when deadline < start or yellowAt is outside (0, 1], and the
 * calendar's errors (InvalidDateError, CalendarRangeError) when it cannot count.
 */
export function warningLevel(input: WarningInput, calendar: Calendar): WarningLevel {
  const { start, deadline, today, yellowAt = DEFAULT_YELLOW_AT } = input;
  if (!(yellowAt > 0 && yellowAt <= 1)) {
    throw new CalendarArgumentError(
      `预警比例应大于0且不超过1，收到 ${yellowAt}`,
      `yellowAt must be in (0, 1], got ${yellowAt}`,
    );
  }
  const s = mustDayNumber(start);
  const d = mustDayNumber(deadline);
  const t = mustDayNumber(today);
  if (d < s) {
    throw new CalendarArgumentError(
      `期限 ${deadline} 早于起算日 ${start}`,
      `The deadline ${deadline} is before the start ${start}`,
    );
  }
  if (t > d) return 'red';
  if (t === d) return 'yellow';
  if (t <= s) return 'normal';
  const limit = calendar.workingDaysBetween(start, deadline);
  if (limit === 0) return 'normal'; // start < today < deadline with no working day in between
  const used = calendar.workingDaysBetween(start, today);
  return used / limit >= yellowAt ? 'yellow' : 'normal';
}
