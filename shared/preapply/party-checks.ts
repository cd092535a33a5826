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

/** What is wrong with a phone number as typed (spaces are ignored), or undefined. */
export function phoneProblem(phone: string): Said | undefined {
  const p = phone.replace(/\s+/g, '');
  if (p === '') return { zh: '请填写联系电话', en: 'Enter a phone number' };
  if (!PHONE_PATTERN.test(p))
    return {
      zh: '联系电话应为11位手机号或带区号的座机号（如 0719-8000000）',
      en: 'A phone number is an 11-digit mobile or a landline with its area code (e.g. 0719-8000000)',
    };
  return undefined;
}
