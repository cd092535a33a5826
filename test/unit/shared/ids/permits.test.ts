import { describe, expect, test } from 'vitest';
import { checkPermit, PERMIT_KIND_LABELS, PERMIT_KINDS, permitKindSchema } from '../../../../shared/ids';

const today = '2026-03-02';

describe('checkPermit', () => {
  test('the kinds are a const list with a zod enum and labels', () => {
    expect(PERMIT_KINDS).toEqual(['hk-macau-permit', 'taiwan-permit', 'residence-permit']);
    expect(permitKindSchema.safeParse('taiwan-permit').success).toBe(true);
    expect(permitKindSchema.safeParse('passport').success).toBe(false);
    for (const kind of PERMIT_KINDS) expect(PERMIT_KIND_LABELS[kind].zh).toMatch(/证$/);
  });

  test('HK/Macau permits: H or M + 8 digits, optionally 2 renewal digits', () => {
    expect(checkPermit('hk-macau-permit', 'H12345678')).toEqual({
      ok: true,
      kind: 'hk-macau-permit',
      value: 'H12345678',
      origin: '香港',
    });
    expect(checkPermit('hk-macau-permit', 'm1234567801')).toMatchObject({
      ok: true,
      value: 'M1234567801',
      origin: '澳门',
    });
    expect(checkPermit('hk-macau-permit', 'K12345678')).toMatchObject({ ok: false, code: 'permit-prefix' });
    expect(checkPermit('hk-macau-permit', 'H1234567')).toMatchObject({ ok: false, code: 'length' });
    expect(checkPermit('hk-macau-permit', 'H123456789')).toMatchObject({ ok: false, code: 'length' });
    const r = checkPermit('hk-macau-permit', 'H1234A678');
    expect(r).toMatchObject({ ok: false, code: 'characters' });
    expect(!r.ok && r.reason).toContain('第6位“A”');
  });

  test('Taiwan permits: 8 digits, optionally 10', () => {
    expect(checkPermit('taiwan-permit', '12345678')).toMatchObject({ ok: true, origin: '台湾' });
    expect(checkPermit('taiwan-permit', '1234567801')).toMatchObject({ ok: true });
    expect(checkPermit('taiwan-permit', '123456789')).toMatchObject({ ok: false, code: 'length' });
    expect(checkPermit('taiwan-permit', 'T2345678')).toMatchObject({ ok: false, code: 'characters' });
    expect(checkPermit('taiwan-permit', '')).toMatchObject({ ok: false, code: 'empty' });
  });

  test('residence permits: 810000/820000/830000, real birth date, resident-ID checksum', () => {
    expect(checkPermit('residence-permit', '810000199001011230', { today })).toEqual({
      ok: true,
      kind: 'residence-permit',
      value: '810000199001011230',
      origin: '香港',
      birthDate: '1990-01-01',
      sex: 'male',
    });
    expect(checkPermit('residence-permit', '820000198001010016', { today })).toMatchObject({
      ok: true,
      origin: '澳门',
      sex: 'male',
    });
    expect(checkPermit('residence-permit', '830000200002290023', { today })).toMatchObject({
      ok: true,
      origin: '台湾',
      birthDate: '2000-02-29',
      sex: 'female',
    });
    expect(checkPermit('residence-permit', '810000199001011231', { today })).toMatchObject({
      ok: false,
      code: 'checksum',
    });
    const mainland = checkPermit('residence-permit', '420302199001011237', { today });
    expect(mainland).toMatchObject({ ok: false, code: 'permit-region' });
    expect(!mainland.ok && mainland.reason).toContain('输入的是 420302');
    expect(checkPermit('residence-permit', '830000199002301234', { today })).toMatchObject({
      ok: false,
      code: 'birth-date-invalid',
    });
  });
});
