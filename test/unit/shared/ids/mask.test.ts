import { describe, expect, test } from 'vitest';
import { maskId } from '../../../../shared/ids';

describe('maskId', () => {
  test('18 characters keep the first 6 and the last 4, hiding the birth date', () => {
    expect(maskId('420302199001011237')).toBe('420302********1237');
    expect(maskId('91420300MA4948XK2G')).toBe('914203********XK2G');
  });

  test('15 characters keep 6 and 4 as well', () => {
    expect(maskId('420302900101123')).toBe('420302*****1123');
  });

  test('short permit numbers keep a quarter at each end', () => {
    expect(maskId('H12345678')).toBe('H1*****78');
    expect(maskId('12345678')).toBe('12****78');
    expect(maskId('M1234567801')).toBe('M1*******01');
  });

  test('very short strings are fully masked; under 15 at least half is hidden', () => {
    expect(maskId('123')).toBe('***');
    expect(maskId('')).toBe('');
    for (const s of ['1', '1234', '1234567', '12345678901234']) {
      expect(maskId(s)).toHaveLength(s.length);
      expect([...maskId(s)].filter((c) => c === '*').length).toBeGreaterThanOrEqual(s.length / 2);
    }
    expect(maskId('12345678901234567890')).toBe('123456**********7890');
  });

  test('surrounding spaces are trimmed', () => {
    expect(maskId(' 420302199001011237 ')).toBe('420302********1237');
  });
});
