import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  CalendarArgumentError,
  createCalendar,
  warningLevel,
} from '../../../../shared/calendar';

describe('warningLevel (电子监察)', () => {
  // Accepted Mon 2026-03-02 with 10 working days: deadline Mon 03-16.
  const start = '2026-03-02';
  const deadline = addWorkingDays(start, 10);

  test('the fixture deadline', () => {
    expect(deadline).toBe('2026-03-16');
  });

  test('normal until 80% of the working days are used, then yellow, then red after the deadline', () => {
    expect(warningLevel({ start, deadline, today: '2026-03-02' })).toBe('normal');
    expect(warningLevel({ start, deadline, today: '2026-03-11' })).toBe('normal'); // 7 of 10
    expect(warningLevel({ start, deadline, today: '2026-03-12' })).toBe('yellow'); // 8 of 10
    expect(warningLevel({ start, deadline, today: '2026-03-14' })).toBe('yellow'); // Saturday, still 9
    expect(warningLevel({ start, deadline, today: '2026-03-16' })).toBe('yellow'); // the last day
    expect(warningLevel({ start, deadline, today: '2026-03-17' })).toBe('red');
  });

  test('the threshold is configurable', () => {
    expect(warningLevel({ start, deadline, today: '2026-03-09', yellowAt: 0.5 })).toBe('yellow'); // 5 of 10
    expect(warningLevel({ start, deadline, today: '2026-03-06', yellowAt: 0.5 })).toBe('normal'); // 4 of 10
  });

  test('limit 0 (instant item): yellow on the day, red after, normal before', () => {
    const day = '2026-03-02';
    expect(warningLevel({ start: day, deadline: day, today: day })).toBe('yellow');
    expect(warningLevel({ start: day, deadline: day, today: '2026-03-03' })).toBe('red');
    expect(warningLevel({ start: day, deadline: day, today: '2026-03-01' })).toBe('normal');
  });

  test('red needs no holiday data; counting past the data is provisional', () => {
    expect(warningLevel({ start, deadline, today: '2027-06-01' })).toBe('red');
    const lateStart = '2026-12-21';
    const lateDeadline = '2026-12-31';
    // 8 working days (22–25, 28–31); on 12-29 6 are used (75%), on 12-30 7 (87.5%).
    expect(warningLevel({ start: lateStart, deadline: lateDeadline, today: '2026-12-29' })).toBe('normal');
    expect(warningLevel({ start: lateStart, deadline: lateDeadline, today: '2026-12-30' })).toBe('yellow');
    const cal = createCalendar({ years: [{ year: 2027, holidays: [], workdays: [] }] });
    expect(warningLevel({ start: '2026-12-28', deadline: '2027-01-08', today: '2027-01-04' }, cal)).toBe(
      'normal',
    );
    // Without 2027 entered the count is provisional, never refused: 12-29..31, 01-04 of 01-04..08.
    expect(warningLevel({ start: '2026-12-28', deadline: '2027-01-08', today: '2027-01-04' })).toBe('normal');
    expect(warningLevel({ start: '2026-12-28', deadline: '2027-01-08', today: '2027-01-07' })).toBe('yellow');
  });

  test('nonsense input is refused', () => {
    expect(() => warningLevel({ start, deadline: '2026-03-01', today: start })).toThrow(
      CalendarArgumentError,
    );
    expect(() => warningLevel({ start, deadline, today: start, yellowAt: 0 })).toThrow(CalendarArgumentError);
    expect(() => warningLevel({ start, deadline, today: start, yellowAt: 1.2 })).toThrow(
      CalendarArgumentError,
    );
  });
});
