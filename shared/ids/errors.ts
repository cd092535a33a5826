import { z } from 'zod';

/**
 * Machine codes of every identifier refusal. The UI picks its words from `reason` (zh-CN) or
 * `reasonEn`, which name the exact position and characters; ID_ERROR_LABELS gives a short
 * generic label per code for lists and statistics.
 */
export const ID_ERROR_CODES = [
  'empty',
  'length',
  'characters',
  'checksum',
  'birth-date-invalid',
  'birth-date-future',
  'birth-date-too-early',
  'province',
  'residence-permit-number',
  'registration-authority',
  'organisation-type',
  'division-code',
  'permit-prefix',
  'permit-region',
] as const;
export const idErrorCodeSchema = z.enum(ID_ERROR_CODES);
export type IdErrorCode = z.infer<typeof idErrorCodeSchema>;

export const ID_ERROR_LABELS: Readonly<Record<IdErrorCode, { zh: string; en: string }>> = {
  empty: { zh: '未填写号码', en: 'No number entered' },
  length: { zh: '位数不对', en: 'Wrong length' },
  characters: { zh: '含有不允许的字符', en: 'Characters not allowed' },
  checksum: { zh: '校验码错误', en: 'Wrong check character' },
  'birth-date-invalid': { zh: '出生日期不是真实日期', en: 'The birth date is not a real date' },
  'birth-date-future': { zh: '出生日期晚于今天', en: 'The birth date is in the future' },
  'birth-date-too-early': { zh: '出生日期早于1900年', en: 'The birth date is before 1900' },
  province: { zh: '地区码无效', en: 'Unknown region code' },
  'residence-permit-number': {
    zh: '这是港澳台居民居住证号码',
    en: 'This is a residence permit number for HK/Macau/Taiwan residents',
  },
  'registration-authority': { zh: '登记管理部门代码无效', en: 'Unknown registration authority code' },
  'organisation-type': { zh: '机构类别代码无效', en: 'Unknown organisation type code' },
  'division-code': { zh: '行政区划码无效', en: 'Invalid administrative division code' },
  'permit-prefix': { zh: '通行证首字母无效', en: 'Invalid permit prefix letter' },
  'permit-region': { zh: '居住证地区码无效', en: 'Invalid residence permit region code' },
};

/** The generic English label of a code (the failure's `reasonEn` is the specific sentence). */
export function idReasonEn(code: IdErrorCode): string {
  return ID_ERROR_LABELS[code].en;
}

export type IdFailure = { ok: false; code: IdErrorCode; reason: string; reasonEn: string };

export function idFailure(code: IdErrorCode, reason: string, reasonEn: string): IdFailure {
  return { ok: false, code, reason, reasonEn };
}

/** The first character of `s` outside `allowed`, with its 1-based position, or undefined. */
export function firstBadChar(s: string, allowed: RegExp): { position: number; char: string } | undefined {
  for (let i = 0; i < s.length; i += 1) {
    const char = s[i] as string;
    if (!allowed.test(char)) return { position: i + 1, char };
  }
  return undefined;
}

export function emptyFailure(what: string, whatEn: string): IdFailure {
  return idFailure('empty', `未填写${what}`, `No ${whatEn} entered`);
}

export function lengthFailure(what: string, whatEn: string, expected: string, actual: number): IdFailure {
  return idFailure(
    'length',
    `${what}应为${expected}位，输入的是 ${actual} 位`,
    `A ${whatEn} has ${expected} characters; ${actual} were entered`,
  );
}
