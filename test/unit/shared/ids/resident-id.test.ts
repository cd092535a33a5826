import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkResidentId, idReasonEn, ID_ERROR_CODES, ID_ERROR_LABELS } from '../../../../shared/ids';

/** GB 11643 check character, written out independently of the code under test. */
function withCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

const today = '2026-03-02';

describe('checkResidentId', () => {
  test('synthetic numbers with hand-checked check characters', () => {
    // Computed by hand / separately; none belongs to a real person.
    expect(withCheck('42030219900101123')).toBe('420302199001011237');
    expect(withCheck('11010519491231002')).toBe('11010519491231002X'); // the example of GB 11643 itself
  });

  test('a valid Maojian number names the province, region, birth date and sex', () => {
    expect(checkResidentId('420302199001011237', { today })).toEqual({
      ok: true,
      value: '420302199001011237',
      birthDate: '1990-01-01',
      sex: 'male',
      province: '湖北省',
      region: '十堰市茅箭区',
    });
  });

  test('a check character X, entered in lower case with spaces or full-width', () => {
    const r = checkResidentId(' 110105 19491231 002x ', { today });
    expect(r).toMatchObject({ ok: true, value: '11010519491231002X', sex: 'female', province: '北京市' });
    expect(r.ok && 'region' in r).toBe(false); // Beijing's districts are not in this hall's table
    expect(checkResidentId('１１０１０５１９４９１２３１００２ｘ', { today }).ok).toBe(true);
  });

  test.each([
    ['420303198512310046', '张湾区', 'female'],
    ['420304197006155671', '郧阳区', 'male'],
    ['420321196001010010', '郧县', 'male'],
  ])('%s is from %s', (id, county, sex) => {
    const r = checkResidentId(id, { today });
    expect(r).toMatchObject({ ok: true, sex, region: `十堰市${county}` });
  });

  test('a wrong check character says which one it should be', () => {
    const r = checkResidentId('420302199001011235', { today });
    expect(r).toMatchObject({ ok: false, code: 'checksum' });
    expect(!r.ok && r.reason).toContain('校验码错误：第18位应为 7，输入的是 5');
    expect(!r.ok && r.reasonEn).toContain('the 18th should be 7, 5 was entered');
  });

  test('a birth date that does not exist (1990-02-30)', () => {
    const r = checkResidentId(withCheck('42030219900230123'), { today });
    expect(r).toMatchObject({ ok: false, code: 'birth-date-invalid' });
    expect(!r.ok && r.reason).toContain('19900230');
  });

  test('a birth date in the future or before 1900', () => {
    expect(checkResidentId(withCheck('42030220260303123'), { today })).toMatchObject({
      ok: false,
      code: 'birth-date-future',
    });
    expect(checkResidentId(withCheck('42030220260302123'), { today }).ok).toBe(true); // born today
    expect(checkResidentId(withCheck('42030218991231123'), { today })).toMatchObject({
      ok: false,
      code: 'birth-date-too-early',
    });
  });

  test('an unknown province code', () => {
    const r = checkResidentId(withCheck('99030219900101123'), { today });
    expect(r).toMatchObject({ ok: false, code: 'province' });
    expect(!r.ok && r.reason).toContain('前两位 99');
    expect(checkResidentId(withCheck('10030219900101123'), { today }).ok).toBe(false);
  });

  test('a residence permit number is pointed to its own document type', () => {
    for (const prefix of ['810000', '820000', '830000']) {
      const r = checkResidentId(withCheck(`${prefix}19900101123`), { today });
      expect(r).toMatchObject({ ok: false, code: 'residence-permit-number' });
      expect(!r.ok && r.reason).toContain('港澳台居民居住证');
    }
  });

  test('wrong length, including the old 15-digit numbers', () => {
    expect(checkResidentId('', { today })).toMatchObject({ ok: false, code: 'empty' });
    expect(checkResidentId('42030219900101123', { today })).toMatchObject({ ok: false, code: 'length' });
    const old = checkResidentId('420302900101123', { today });
    expect(old).toMatchObject({ ok: false, code: 'length' });
    expect(!old.ok && old.reason).toContain('15位旧号码已停止使用');
  });

  test('letters where digits belong', () => {
    const r = checkResidentId('4203021990O1011237', { today });
    expect(r).toMatchObject({ ok: false, code: 'characters' });
    expect(!r.ok && r.reason).toContain('第11位“O”');
    expect(checkResidentId('42030219900101123Y', { today })).toMatchObject({ ok: false, code: 'characters' });
  });

  test('any single mistyped digit is caught (property)', () => {
    const base = '420302199001011237';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digit = (Number(base[pos]) + delta) % 10;
        const typo = base.slice(0, pos) + String(digit) + base.slice(pos + 1);
        expect(checkResidentId(typo, { today }).ok).toBe(false);
      }),
    );
  });

  test('every error code has a Chinese and an English label', () => {
    for (const code of ID_ERROR_CODES) {
      expect(ID_ERROR_LABELS[code].zh.length).toBeGreaterThan(0);
      expect(idReasonEn(code).length).toBeGreaterThan(0);
    }
  });
});
