import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  CalendarArgumentError,
  CalendarRangeError,
  calendarOverridesSchema,
  createCalendar,
  defaultCalendar,
  InvalidDateError,
  isWorkingDay,
  PACKAGE_YEARS,
  workingDaysBetween,
  type CalendarOverrides,
} from '../../../../shared/calendar';

/**
 * A 2027 schedule shaped like a State Council notice. The dates are TEST DATA chosen for these
 * cases, not the published 2027 arrangement.
 */
const year2027: CalendarOverrides = {
  years: [
    {
      year: 2027,
      source: '测试数据（非正式公布）',
      holidays: [
        { from: '2027-01-01', to: '2027-01-03', name: '元旦' },
        { from: '2027-02-06', to: '2027-02-14', name: '春节' },
      ],
      workdays: [{ date: '2027-02-20', name: '春节' }],
    },
  ],
};

describe('national data (chinese-days)', () => {
  test('covers 2004 through 2026 and nothing later', () => {
    expect(PACKAGE_YEARS[0]).toBe(2004);
    expect(PACKAGE_YEARS.at(-1)).toBe(2026);
    expect(defaultCalendar.knownYears).toEqual(PACKAGE_YEARS);
  });

  test('Spring Festival 2026: 02-15..02-23 off, Saturdays 02-14 and 02-28 on', () => {
    for (let d = 15; d <= 23; d += 1) expect(isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(defaultCalendar.dayInfo('2026-02-16')).toEqual({
      date: '2026-02-16',
      working: false,
      kind: 'holiday',
      name: '春节',
    });
    expect(defaultCalendar.dayInfo('2026-02-14')).toMatchObject({ kind: 'adjusted-workday', name: '春节' });
  });

  test('New Year 2026: 01-01..01-03 off, Sunday 01-04 on', () => {
    expect(isWorkingDay('2025-12-31')).toBe(true);
    expect(isWorkingDay('2026-01-01')).toBe(false);
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-03')).toBe(false);
    expect(isWorkingDay('2026-01-04')).toBe(true);
    expect(defaultCalendar.dayInfo('2026-01-10').kind).toBe('weekend');
    expect(defaultCalendar.dayInfo('2026-01-05').kind).toBe('weekday');
  });

  test('a limit counts from the day after acceptance and skips the Spring Festival', () => {
    // Accepted Thursday 02-12: Fri 13, Sat 14 (调休) are days 1 and 2; 15..23 off; Tue 24 is day 3.
    expect(addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(workingDaysBetween('2026-02-12', '2026-02-24')).toBe(3);
  });

  test('a limit across the 2025→2026 New Year', () => {
    // Accepted Wed 2025-12-31: Sun 01-04 is day 1, Mon 01-05 day 2.
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
  });

  test('n = 0 gives the start itself, even on a holiday', () => {
    expect(addWorkingDays('2026-02-16', 0)).toBe('2026-02-16');
    // A start on a holiday: day 1 is the first working day after it.
    expect(addWorkingDays('2026-02-16', 1)).toBe('2026-02-24');
  });

  test('workingDaysBetween: 0 for the same day, negative mirror for b < a', () => {
    expect(workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
    expect(workingDaysBetween('2026-03-09', '2026-03-02')).toBe(-5);
    expect(workingDaysBetween('2026-02-16', '2026-02-15')).toBe(0); // both off: 0, never -0
    expect(workingDaysBetween('2026-01-01', '2026-12-31')).toBe(248);
  });
});

describe('refusing to guess', () => {
  test('a date before the data throws CalendarRangeError naming the date and the range', () => {
    expect(() => isWorkingDay('2003-12-31')).toThrow(CalendarRangeError);
    try {
      isWorkingDay('2003-12-31');
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarRangeError);
      const err = e as CalendarRangeError;
      expect(err.date).toBe('2003-12-31');
      expect(err.code).toBe('calendar-out-of-range');
      expect(err.message).toContain('2004–2026');
      expect(err.message).toContain('早于数据的起始年份');
    }
    expect(() => isWorkingDay('2100-01-04')).toThrow(CalendarRangeError);
    expect(defaultCalendar.isKnown('2027-01-05')).toBe(false);
    expect(defaultCalendar.isKnown('2026-12-31')).toBe(true);
  });

  test('a year without a schedule counts on the statutory holidays and says it is provisional', () => {
    // Thu 2026-12-31 + 1: 2027-01-01 (元旦) off, then the weekend: Monday 01-04.
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(workingDaysBetween('2026-12-30', '2027-01-04')).toBe(2);
    expect(workingDaysBetween('2027-01-04', '2026-12-30')).toBe(-2);
    expect(defaultCalendar.isProvisional('2027-01-05')).toBe(true);
    expect(defaultCalendar.isProvisional('2026-12-31')).toBe(false);
    expect(defaultCalendar.isProvisionalSpan('2026-12-14', '2026-12-31')).toBe(false);
    expect(defaultCalendar.isProvisionalSpan('2026-12-14', '2027-01-12')).toBe(true);
    expect(defaultCalendar.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      working: false,
      kind: 'holiday',
      name: '元旦',
      provisional: true,
    });
    // No 调休 is guessed: a Saturday stays a day off, a plain Monday a working day.
    expect(defaultCalendar.dayInfo('2027-02-20')).toMatchObject({ working: false, kind: 'weekend' });
    expect(defaultCalendar.dayInfo('2026-12-14')).not.toHaveProperty('provisional');
  });
  test.each(['2026-2-3', '2026-02-30', '2025-02-29', '20260203', '', 'abc', '2026-13-01', ' 2026-02-03'])(
    'a bad date string %j throws InvalidDateError',
    (bad) => {
      expect(() => isWorkingDay(bad)).toThrow(InvalidDateError);
      expect(() => addWorkingDays(bad, 1)).toThrow(InvalidDateError);
      expect(() => workingDaysBetween('2026-01-05', bad)).toThrow(/YYYY-MM-DD/);
    },
  );

  test('a negative or fractional count is refused', () => {
    expect(() => addWorkingDays('2026-03-02', -1)).toThrow(CalendarArgumentError);
    expect(() => addWorkingDays('2026-03-02', 1.5)).toThrow(CalendarArgumentError);
    expect(() => addWorkingDays('2026-03-02', Number.NaN)).toThrow(CalendarArgumentError);
  });
});

describe('hall overrides', () => {
  test('an entered year 2027 makes 2027 dates work', () => {
    const cal = createCalendar(year2027);
    expect(cal.knownYears.at(-1)).toBe(2027);
    expect(cal.isWorkingDay('2027-01-05')).toBe(true);
    expect(cal.isWorkingDay('2027-01-01')).toBe(false);
    expect(cal.isWorkingDay('2027-02-20')).toBe(true); // a Saturday made a working day
    expect(cal.isWorkingDay('2027-02-21')).toBe(false); // Sunday
    // Thu 2026-12-31 + 1 skips 01-01 (holiday) .. 01-03 and lands on Monday 01-04.
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(cal.addWorkingDays('2027-02-05', 1)).toBe('2027-02-15');
    expect(cal.isProvisional('2027-02-20')).toBe(false);
    expect(cal.isProvisional('2028-01-03')).toBe(true);
    // The default calendar is untouched: 2027-02-20 is a Saturday off there.
    expect(isWorkingDay('2027-02-20')).toBe(false);
    // As a device that had not pulled 2027 yet counted.
    expect(cal.withoutEnteredYears([2027]).isWorkingDay('2027-02-20')).toBe(false);
    expect(cal.withoutEnteredYears([2027]).isProvisional('2027-02-20')).toBe(true);
    expect(cal.withoutEnteredYears([2027])).toBe(cal.withoutEnteredYears([2027]));
    expect(cal.withoutEnteredYears([2030])).toBe(cal);
  });

  test('an extra holiday moves a deadline', () => {
    // Mon 2026-03-02 + 3 = Thu 03-05; with the hall closed on Wed 03-04 it becomes Fri 03-06.
    expect(addWorkingDays('2026-03-02', 3)).toBe('2026-03-05');
    const cal = createCalendar({ extraHolidays: [{ from: '2026-03-04', name: '大厅系统升级闭厅' }] });
    expect(cal.addWorkingDays('2026-03-02', 3)).toBe('2026-03-06');
    expect(cal.dayInfo('2026-03-04')).toMatchObject({ kind: 'holiday', name: '大厅系统升级闭厅' });
  });

  test('an extra working day takes precedence over the national holiday', () => {
    const cal = createCalendar({ extraWorkdays: [{ date: '2026-10-08', name: '国庆' }] });
    expect(isWorkingDay('2026-10-08')).toBe(true); // a plain Thursday nationally
    expect(cal.isWorkingDay('2026-10-07')).toBe(false);
    const open = createCalendar({ extraWorkdays: [{ date: '2026-10-07', name: '窗口值班' }] });
    expect(open.isWorkingDay('2026-10-07')).toBe(true);
  });

  test('extra days in an unknown year do not make the year known, and count on top of it', () => {
    const cal = createCalendar({ extraHolidays: [{ from: '2027-03-01', name: '闭厅' }] });
    expect(cal.isKnown('2027-03-02')).toBe(false);
    expect(cal.isProvisional('2027-03-02')).toBe(true);
    expect(cal.isWorkingDay('2027-03-01')).toBe(false);
    expect(cal.isWorkingDay('2027-03-02')).toBe(true);
  });

  test('a re-entered package year replaces the package data for that year', () => {
    const cal = createCalendar({
      years: [{ year: 2026, holidays: [{ from: '2026-01-01', name: '元旦' }], workdays: [] }],
    });
    expect(cal.isWorkingDay('2026-01-02')).toBe(true);
    expect(cal.isWorkingDay('2026-01-04')).toBe(false); // no longer a 调休 Sunday
    expect(cal.isWorkingDay('2026-02-16')).toBe(true);
  });

  test('the overrides schema rejects ambiguous or mistyped entries', () => {
    const bad = (o: unknown): string[] => {
      const r = calendarOverridesSchema.safeParse(o);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(bad(year2027)).toEqual([]);
    expect(bad({ years: [year2027.years?.[0], year2027.years?.[0]] }).join()).toContain('录入了两次');
    expect(bad({ extraHolidays: [{ from: '2026-03-05', to: '2026-03-01', name: 'x' }] }).join()).toContain(
      '结束日期早于开始日期',
    );
    expect(bad({ extraHolidays: [{ from: '2026-01-01', to: '2026-03-01', name: 'x' }] }).join()).toContain(
      '不超过 31 天',
    );
    expect(
      bad({
        extraHolidays: [{ from: '2026-03-04', name: '闭厅' }],
        extraWorkdays: [{ date: '2026-03-04', name: '值班' }],
      }).join(),
    ).toContain('重复录入');
    expect(
      bad({ years: [{ year: 2027, holidays: [{ from: '2028-01-01', name: '元旦' }], workdays: [] }] }).join(),
    ).toContain('不属于 2027 年');
    expect(bad({ extraWorkdays: [{ date: '2026-02-30', name: 'x' }] }).join()).toContain('YYYY-MM-DD');
    expect(() => createCalendar({ extraWorkdays: [{ date: '2026-02-30', name: 'x' }] })).toThrow(
      CalendarArgumentError,
    );
  });

  test('a New Year run starting in the December before belongs to the new year', () => {
    const cal = createCalendar({
      years: [
        { year: 2027, holidays: [{ from: '2026-12-31', to: '2027-01-02', name: '元旦' }], workdays: [] },
      ],
    });
    expect(cal.isWorkingDay('2026-12-31')).toBe(false);
    expect(cal.addWorkingDays('2026-12-30', 1)).toBe('2027-01-04');
  });
});
