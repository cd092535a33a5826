import type { IdType } from '../../../shared/domain';
import { missingCase } from '../../../shared/result';
import { checkCreditCode, checkPermit, checkResidentId, normalizeIdInput } from '../../../shared/ids';

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
  switch (idType) {
    case 'resident-id': {
      const r = checkResidentId(input, { today });
      return r.ok ? { ok: true, value: r.value } : fail(r.reason, r.reasonEn);
    }
    case 'hk-mo-permit': {
      const r = checkPermit('hk-macau-permit', input, { today });
      return r.ok ? { ok: true, value: r.value } : fail(r.reason, r.reasonEn);
    }
    case 'tw-permit': {
      const r = checkPermit('taiwan-permit', input, { today });
      return r.ok ? { ok: true, value: r.value } : fail(r.reason, r.reasonEn);
    }
    case 'residence-permit': {
      const r = checkPermit('residence-permit', input, { today });
      return r.ok ? { ok: true, value: r.value } : fail(r.reason, r.reasonEn);
    }
    case 'uscc': {
      const r = checkCreditCode(input);
      return r.ok ? { ok: true, value: r.value } : fail(r.reason, r.reasonEn);
    }
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
