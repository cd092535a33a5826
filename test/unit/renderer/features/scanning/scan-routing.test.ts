import { describe, expect, test } from 'vitest';
import { classifyScan, takesScan } from '../../../../../renderer/features/scanning/scan-routing';

describe('what a scanned code is', () => {
  test('a case number, upper-cased', () => {
    expect(classifyScan('W01-20261124-0001')).toEqual({ kind: 'case', caseNumber: 'W01-20261124-0001' });
    expect(classifyScan(' w01-20261124-0001 ')).toEqual({ kind: 'case', caseNumber: 'W01-20261124-0001' });
  });

  test("a receipt's QR payload, tagged or as a query address", () => {
    expect(classifyScan('ONEWINDOW:W01-20261124-0002:AB12CD')).toEqual({
      kind: 'case',
      caseNumber: 'W01-20261124-0002',
      queryCode: 'AB12CD',
    });
    expect(classifyScan('https://zwfw.example.cn/q?case=W03-20261124-0010&code=ZX81')).toEqual({
      kind: 'case',
      caseNumber: 'W03-20261124-0010',
      queryCode: 'ZX81',
    });
  });

  test('a resident ID number with a right check digit; a wrong one is unknown', () => {
    expect(classifyScan('11010519491231002x')).toEqual({
      kind: 'resident-id',
      idNumber: '11010519491231002X',
    });
    expect(classifyScan('110105194912310021')).toEqual({ kind: 'unknown', text: '110105194912310021' });
  });

  test('an impossible case date, anything else, and control characters', () => {
    expect(classifyScan('W01-20261332-0001')?.kind).toBe('unknown');
    expect(classifyScan('6901234567892')).toEqual({ kind: 'unknown', text: '6901234567892' });
    expect(classifyScan('abc\u0007def')).toBeUndefined();
    expect(classifyScan('   ')).toBeUndefined();
    expect(classifyScan(42)).toBeUndefined();
  });
});

describe('which scans the app takes', () => {
  const code = (text: string) => classifyScan(text);
  test('outside a field every scan is taken and answered', () => {
    for (const text of ['W01-20261124-0001', '6901234567892', '420302199001011237'])
      expect(takesScan(code(text), { inField: false, applicantStep: false })).toBe(true);
  });

  test('in a field: a case number always, an ID number only on the applicant step, nothing else', () => {
    expect(takesScan(code('ONEWINDOW:W01-20261124-0001'), { inField: true, applicantStep: false })).toBe(
      true,
    );
    expect(takesScan(code('420302199001011237'), { inField: true, applicantStep: true })).toBe(true);
    expect(takesScan(code('420302199001011237'), { inField: true, applicantStep: false })).toBe(false);
    expect(takesScan(code('13907191234'), { inField: true, applicantStep: true })).toBe(false);
  });

  test('a pre-application code, even a damaged one or in lower case, is taken in any field', () => {
    for (const text of ['OWP1.KNBNF6TF6Z$5IE44F41', 'owp1.knbnf6', 'OWP2.ABC']) {
      expect(code(text)).toEqual({ kind: 'preapplication', text });
      expect(takesScan(code(text), { inField: true, applicantStep: false })).toBe(true);
    }
    expect(code('OWP.ABC')?.kind).toBe('unknown');
  });
});
