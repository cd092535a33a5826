import { describe, expect, test } from 'vitest';
import {
  chineseDate,
  chineseDateTime,
  clockTime,
  documentNumber,
  parseQrPayload,
  printedId,
  qrPayload,
} from '../../../../shared/documents';

describe('document numbers (文号)', () => {
  test('prefix, year in 〔〕 and a four-digit sequence', () => {
    expect(documentNumber('开审受字', 2026, 123)).toBe('开审受字〔2026〕第0123号');
    expect(documentNumber('开审许字', 2026, 45, 5)).toBe('开审许字〔2026〕第00045号');
  });

  test('a sequence beyond the padding is printed whole, never cut', () => {
    expect(documentNumber('开审受字', 2026, 12345)).toBe('开审受字〔2026〕第12345号');
  });

  test('bad parts are refused in Chinese', () => {
    expect(() => documentNumber('开审受字', 2026, 0)).toThrow('文号序号应为正整数');
    expect(() => documentNumber('', 2026, 1)).toThrow('文号前缀不能为空');
    expect(() => documentNumber('开审受字', 26, 1)).toThrow('四位年份');
  });
});

describe('dates and times as printed', () => {
  test('dates drop leading zeros; times keep the wall clock the device wrote', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(chineseDate('2026-11-24T23:59:00+08:00')).toBe('2026年11月24日');
    // The hall's local time is printed even on a PC whose clock is in another zone.
    expect(chineseDateTime('2026-11-24T09:05:00+08:00')).toBe('2026年11月24日 9时05分');
    expect(clockTime('2026-11-24T09:05:00+08:00')).toBe('09:05');
    expect(() => chineseDate('24/11/2026')).toThrow('日期格式');
  });
});

describe('IDs on paper', () => {
  test('resident IDs and credit codes are masked (first 6, last 4); a licence may print the credit code whole', () => {
    expect(printedId('420302199001011237')).toBe('420302********1237');
    expect(printedId('91420300MA4948XK2G')).toBe('914203********XK2G');
    expect(printedId('91420300MA4948XK2G', true)).toBe('91420300MA4948XK2G');
  });
});

describe('QR payloads', () => {
  test('the tagged form and the URL form both read back', () => {
    expect(qrPayload('W01-20261124-0007', '582931')).toBe('ONEWINDOW:W01-20261124-0007:582931');
    expect(parseQrPayload('ONEWINDOW:W01-20261124-0007:582931')).toEqual({
      caseNumber: 'W01-20261124-0007',
      queryCode: '582931',
    });
    const url = qrPayload('W01-20261124-0007', '582931', 'https://zwfw.example.gov.cn/query');
    expect(url).toBe('https://zwfw.example.gov.cn/query?case=W01-20261124-0007&code=582931');
    expect(parseQrPayload(url)).toEqual({ caseNumber: 'W01-20261124-0007', queryCode: '582931' });
  });

  test('anything else is not ours', () => {
    expect(parseQrPayload('hello')).toBeUndefined();
    expect(parseQrPayload('ONEWINDOW:not-a-case')).toBeUndefined();
    expect(parseQrPayload('https://x/?case=%E0%A4%A')).toBeUndefined();
  });
});
