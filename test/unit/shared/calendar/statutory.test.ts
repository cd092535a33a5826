import { describe, expect, test } from 'vitest';
import { getLunarDate } from 'chinese-days';
import { addWorkingDays, createCalendar, defaultCalendar } from '../../../../shared/calendar';
import { statutoryHolidays } from '../../../../shared/calendar/statutory';

const datesNamed = (year: number, name: string) =>
  statutoryHolidays(year)
    .filter((h) => h.name === name)
    .map((h) => h.date);

describe('statutory holidays (全国年节及纪念日放假办法, 2024)', () => {
  test('2027: 春节 is 除夕 to 初三 by chinese-days’ lunar dates', () => {
    const spring = datesNamed(2027, '春节');
    expect(spring).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    // Checked against the package's own lunar function, not a table of ours.
    expect(getLunarDate(new Date(2027, 1, 6))).toMatchObject({ lunarMon: 1, lunarDay: 1 });
    expect(getLunarDate(new Date(2027, 1, 5))).toMatchObject({ lunarMon: 12 });
  });

  test('2027: 元旦, 清明, 劳动节, 端午, 中秋 and 国庆 with their lengths', () => {
    expect(datesNamed(2027, '元旦')).toEqual(['2027-01-01']);
    expect(datesNamed(2027, '清明节')).toEqual(['2027-04-05']);
    expect(datesNamed(2027, '劳动节')).toEqual(['2027-05-01', '2027-05-02']);
    expect(datesNamed(2027, '端午节')).toEqual(['2027-06-09']);
    expect(datesNamed(2027, '中秋节')).toEqual(['2027-09-15']);
    expect(datesNamed(2027, '国庆节')).toEqual(['2027-10-01', '2027-10-02', '2027-10-03']);
    expect(statutoryHolidays(2027)).toHaveLength(13);
    expect(getLunarDate(new Date(2027, 8, 15))).toMatchObject({ lunarMon: 8, lunarDay: 15 });
  });

  test.each([2025, 2026])('%i: every statutory day is a day off in the State Council schedule', (year) => {
    for (const h of statutoryHolidays(year))
      expect(defaultCalendar.dayInfo(h.date), `${h.date} ${h.name}`).toMatchObject({ kind: 'holiday' });
  });

  test('the provisional calendar: weekends and those holidays, no 调休 guessed', () => {
    // Mon 2026-12-14 + 20 working days: 13 left in 2026 (15–18, 21–25, 28–31), then 2027
    // skipping 01-01 (元旦) and the weekends: 04–08, 11, 12.
    const promise = addWorkingDays('2026-12-14', 20);
    expect(promise).toBe('2027-01-12');
    expect(defaultCalendar.isProvisionalSpan('2026-12-14', promise)).toBe(true);
    const spring = createCalendar();
    // Thu 2027-02-04 + 1: 02-05 (除夕, a Friday) .. 02-08 (初三, Monday) off → Tuesday 02-09.
    expect(spring.addWorkingDays('2027-02-04', 1)).toBe('2027-02-09');
    // Thu 2027-09-30 + 1: 10-01 (Fri) .. 10-03 off, Monday 10-04 is a working day (no 补假 guessed).
    expect(spring.addWorkingDays('2027-09-30', 1)).toBe('2027-10-04');
  });

  test('the years the lunar tables cannot cover are empty (the calendar then refuses)', () => {
    expect(statutoryHolidays(2100)).toEqual([]);
    expect(statutoryHolidays(1900)).toEqual([]);
  });
});
