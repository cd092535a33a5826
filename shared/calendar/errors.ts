/**
 * The calendar refuses rather than guesses: every refusal is one of these named errors, with a
 * message in zh-CN followed by English, so a log line or an alert is understood by officer and
 * developer alike.
 */

export type CalendarErrorCode = 'invalid-date' | 'calendar-out-of-range' | 'invalid-argument';

export abstract class CalendarError extends Error {
  abstract readonly code: CalendarErrorCode;
}

/** A string that is not a real date written 'YYYY-MM-DD'. */
export class InvalidDateError extends CalendarError {
  readonly code = 'invalid-date';
  override readonly name = 'InvalidDateError';
  constructor(readonly input: string) {
    super(
      `日期格式无效：“${input}”不是 YYYY-MM-DD 格式的真实日期 / Invalid date: "${input}" is not a real date written YYYY-MM-DD`,
    );
  }
}

/**
 * A date the calendar cannot classify: before the package's data, or past the years whose
 * statutory holidays chinese-days' lunar tables can give (a year merely not entered yet is counted
 * provisionally, see statutory.ts). Counting such a day as a plain weekday could put a legal
 * deadline on a public holiday, so the calendar stops instead. The message is for the log.
 */
export class CalendarRangeError extends CalendarError {
  readonly code = 'calendar-out-of-range';
  override readonly name = 'CalendarRangeError';
  constructor(
    readonly date: string,
    readonly knownYears: readonly number[],
  ) {
    const range = describeYears(knownYears);
    const year = Number(date.slice(0, 4));
    const beforeData = knownYears.length > 0 && knownYears.every((y) => y > year);
    const advice = beforeData
      ? { zh: '该日期早于数据的起始年份。', en: 'it is before the first year of the data.' }
      : {
          zh: `该年份的放假安排未录入，且超出法定节假日可推算的年份（农历数据至 2099 年）。`,
          en: `its schedule is not entered and it is past the years whose statutory holidays can be computed (lunar data to 2099).`,
        };
    super(
      `日期 ${date} 超出节假日数据范围（已知年份：${range}），无法计算工作日；${advice.zh} / ` +
        `Date ${date} is outside the known holiday data (known years: ${range}); ${advice.en}`,
    );
  }
}

/** A count, a threshold, a pair of dates or a set of overrides that makes no sense. */
export class CalendarArgumentError extends CalendarError {
  readonly code = 'invalid-argument';
  override readonly name = 'CalendarArgumentError';
  constructor(zh: string, en: string, options?: { cause: unknown }) {
    super(`${zh} / ${en}`, options);
  }
}

/** "2004–2026" or "2004–2026, 2028" (runs of consecutive years joined by an en dash). */
export function describeYears(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const runs: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as number;
    let last = first;
    while (i + 1 < sorted.length && sorted[i + 1] === last + 1) {
      i += 1;
      last = sorted[i] as number;
    }
    runs.push(first === last ? String(first) : `${first}–${last}`);
    i += 1;
  }
  return runs.length > 0 ? runs.join(', ') : '无 / none';
}
