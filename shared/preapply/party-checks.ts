import { unprintableChars } from '../documents/printable';
import type { IdType } from '../domain';
import { checkCreditCode, checkPermit, checkResidentId, normalizeIdInput, type IdFailure } from '../ids';
import { missingCase } from '../result';

/**
 * The checks of an applicant's or agent's data that both the counter's wizard and the public
 * pre-application page make, so a pre-filled code never carries an ID the window would refuse.
 */

/** A sentence in both languages of the counter; the screen shows the one in use. */
export interface Said {
  zh: string;
  en: string;
}

export type IdNumberCheck = { ok: true; value: string } | { ok: false; reason: Said };

/** The ID types offered for each kind of applicant (agents are always persons). */
export const PERSON_ID_TYPES = [
  'resident-id',
  'hk-mo-permit',
  'tw-permit',
  'residence-permit',
  'passport',
  'other',
] as const;
export const ORGANISATION_ID_TYPES = ['uscc', 'other'] as const;

/**
 * Checks an ID number of the given type with shared/ids and gives the reason when it is wrong
 * (which position, which check character). Passports and other documents have no checksum: only
 * their shape is checked.
 */
export function checkIdNumber(idType: IdType, input: string, today: string): IdNumberCheck {
  const fail = (reason: string, reasonEn: string): IdNumberCheck => ({
    ok: false,
    reason: { zh: reason, en: reasonEn },
  });
  const said = (r: { ok: true; value: string } | IdFailure): IdNumberCheck =>
    r.ok ? { ok: true, value: r.value } : fail(r.reason, r.reasonEn);
  switch (idType) {
    case 'resident-id':
      return said(checkResidentId(input, { today }));
    case 'hk-mo-permit':
      return said(checkPermit('hk-macau-permit', input, { today }));
    case 'tw-permit':
      return said(checkPermit('taiwan-permit', input, { today }));
    case 'residence-permit':
      return said(checkPermit('residence-permit', input, { today }));
    case 'uscc':
      return said(checkCreditCode(input));
    case 'passport':
    case 'other': {
      const value = normalizeIdInput(input);
      if (value === '') return fail('未填写证件号码', 'No document number entered');
      if (!/^[A-Z0-9-]{5,30}$/.test(value))
        return fail(
          '证件号码应为 5–30 位字母、数字或“-”',
          'A document number has 5–30 letters, digits or "-"',
        );
      return { ok: true, value };
    }
    default:
      return missingCase(idType);
  }
}

/** A mobile (11 digits), a landline with its area code, or an international number. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\+\d{6,20})$/;

/**
 * A phone number as typed, made comparable as IDs are (shared/ids normalizeIdInput): full-width
 * digits, "－" and "＋" from a Chinese input method become ASCII, spaces go.
 */
export function normalizePhone(phone: string): string {
  return phone
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '');
}

/** What is wrong with a phone number as typed (spaces and full-width digits are fine), or undefined. */
export function phoneProblem(phone: string): Said | undefined {
  const p = normalizePhone(phone);
  if (p === '') return { zh: '请填写联系电话', en: 'Enter a phone number' };
  if (!PHONE_PATTERN.test(p))
    return {
      zh: '联系电话应为11位手机号或带区号的座机号（如 0719-8000000）',
      en: 'A phone number is an 11-digit mobile or a landline with its area code (e.g. 0719-8000000)',
    };
  return undefined;
}

/** Names and addresses longer than these would make the QR code too dense for a phone screen. */
export const NAME_MAX = 60;
export const ADDRESS_MAX = 100;

function unprintable(text: string, what: Said): Said | undefined {
  const bad = unprintableChars(text);
  if (bad.length === 0) return undefined;
  const chars = bad.map((c) => `“${c}”`).join('');
  return {
    zh: `${what.zh}中的${chars}无法打印在文书上（如表情符号），请删除或改用文字`,
    en: `The ${what.en} contains ${chars}, which the papers cannot print (such as emoji): remove it or write it in words`,
  };
}

/**
 * What is wrong with a name (`what`: whose, in both languages), or undefined: empty, longer than
 * NAME_MAX (refused, never cut), or with a character the papers cannot print.
 */
export function nameProblem(name: string, what: Said): Said | undefined {
  const n = name.trim();
  if (n === '') return { zh: `请填写${what.zh}`, en: `Enter the ${what.en}` };
  const length = [...n].length;
  if (length > NAME_MAX)
    return {
      zh: `${what.zh}至多 ${NAME_MAX} 个字（现有 ${length} 个）`,
      en: `The ${what.en} has at most ${NAME_MAX} characters (this has ${length})`,
    };
  return unprintable(n, what);
}

/** What is wrong with an address (optional: empty is fine), as nameProblem. */
export function addressProblem(address: string): Said | undefined {
  const a = address.trim();
  const length = [...a].length;
  if (length > ADDRESS_MAX)
    return {
      zh: `地址至多 ${ADDRESS_MAX} 个字（现有 ${length} 个），请删减`,
      en: `The address has at most ${ADDRESS_MAX} characters (this has ${length}): shorten it`,
    };
  return unprintable(a, { zh: '地址', en: 'address' });
}
