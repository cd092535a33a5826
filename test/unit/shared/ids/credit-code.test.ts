import { describe, expect, test } from 'vitest';
import { checkCreditCode } from '../../../../shared/ids';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100 check character, written out independently of the code under test. */
function withCheck(first17: string): string {
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((acc, w, i) => acc + w * ALPHABET.indexOf(first17.charAt(i)), 0);
  return first17 + ALPHABET.charAt((31 - (sum % 31)) % 31);
}

describe('checkCreditCode', () => {
  test('synthetic codes with hand-checked check characters', () => {
    expect(withCheck('91420300MA4948XK2')).toBe('91420300MA4948XK2G');
    expect(withCheck('N24203251234567897'.slice(0, 17))).toBe('N24203251234567897');
  });

  test('a company registered in Shiyan', () => {
    expect(checkCreditCode('91420300MA4948XK2G')).toEqual({
      ok: true,
      value: '91420300MA4948XK2G',
      registrationAuthority: '工商（市场监管）',
      organisationType: '企业',
      divisionCode: '420300',
    });
  });

  test.each([
    ['92420302MA4D0E1F7D', '个体工商户'],
    ['52420300MJH12345XH', '民办非企业单位'],
    ['12420300012345678N', '事业单位'],
    ['Y1420300ABC12345XG', '其他'],
    ['N24203251234567897', '村级集体经济组织'],
  ])('%s is a %s', (code, type) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: true, organisationType: type });
  });

  test('lower case and spaces are normalised', () => {
    expect(checkCreditCode(' 91420300ma4948xk2g ')).toMatchObject({ ok: true, value: '91420300MA4948XK2G' });
  });

  test('a wrong check character says which one it should be', () => {
    const r = checkCreditCode('91420300MA4948XK2H');
    expect(r).toMatchObject({ ok: false, code: 'checksum' });
    expect(!r.ok && r.reason).toContain('第18位应为 G，输入的是 H');
  });

  test.each(['I', 'O', 'S', 'V', 'Z'])('the letter %s is never used', (letter) => {
    const r = checkCreditCode(`91420300MA4948X${letter}2G`);
    expect(r).toMatchObject({ ok: false, code: 'characters' });
    expect(!r.ok && r.reason).toContain(`第16位“${letter}”`);
  });

  test('unknown registration authority or organisation type', () => {
    expect(checkCreditCode(withCheck('B1420300MA4948XK2'))).toMatchObject({
      ok: false,
      code: 'registration-authority',
    });
    const r = checkCreditCode(withCheck('94420300MA4948XK2'));
    expect(r).toMatchObject({ ok: false, code: 'organisation-type' });
    expect(!r.ok && r.reason).toContain('应为 1、2、3 之一');
    expect(checkCreditCode(withCheck('Y2420300MA4948XK2'))).toMatchObject({
      ok: false,
      code: 'organisation-type',
    });
  });

  test('a division code with letters', () => {
    expect(checkCreditCode(withCheck('9142A300MA4948XK2'))).toMatchObject({
      ok: false,
      code: 'division-code',
    });
  });

  test('wrong length or nothing entered', () => {
    expect(checkCreditCode('91420300MA4948XK2')).toMatchObject({ ok: false, code: 'length' });
    expect(checkCreditCode('   ')).toMatchObject({ ok: false, code: 'empty' });
  });

  test('a swap of two neighbouring characters is caught', () => {
    const code = '91420300MA4948XK2G';
    for (let i = 0; i < 16; i += 1) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
      expect(checkCreditCode(swapped).ok).toBe(false);
    }
  });
});
