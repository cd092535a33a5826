import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  formatIsoDate,
  fromDayNumber,
  isWorkingDay,
  toDayNumber,
  workingDaysBetween,
} from '../../../../shared/calendar';

// Starts from 2004-01-01 to 2025-06-30 with limits up to 120 working days stay inside the data.
const FIRST = toDayNumber({ year: 2004, month: 1, day: 1 });
const LAST = toDayNumber({ year: 2025, month: 6, day: 30 });
const date = fc.integer({ min: FIRST, max: LAST }).map((n) => formatIsoDate(fromDayNumber(n)));
const limit = fc.integer({ min: 0, max: 120 });

describe('deadlines (property tests over the national data)', () => {
  test('a longer limit never gives an earlier deadline', () => {
    fc.assert(
      fc.property(date, limit, limit, (s, a, b) => {
        const [n, m] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(s, n) <= addWorkingDays(s, m)).toBe(true);
      }),
    );
  });

  test('a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(date, date, limit, (a, b, n) => {
        const [s1, s2] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(s1, n) <= addWorkingDays(s2, n)).toBe(true);
      }),
    );
  });

  test('a deadline of n ≥ 1 working days is a working day after the start', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 120 }), (s, n) => {
        const d = addWorkingDays(s, n);
        expect(isWorkingDay(d)).toBe(true);
        expect(d > s).toBe(true);
      }),
    );
  });

  test('workingDaysBetween(s, addWorkingDays(s, n)) = n', () => {
    fc.assert(
      fc.property(date, limit, (s, n) => {
        expect(workingDaysBetween(s, addWorkingDays(s, n))).toBe(n);
      }),
    );
  });

  test('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(workingDaysBetween(b, a)).toBe(-workingDaysBetween(a, b) || 0);
        expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
      }),
      { numRuns: 50 },
    );
  });

  test('day numbers round-trip through dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (n) => {
        const civil = fromDayNumber(n);
        expect(toDayNumber(civil)).toBe(n);
      }),
    );
  });
});
