import { z } from 'zod';
import { localToday } from '../calendar/iso-date';
import { missingCase } from '../result';
import { RESIDENCE_PERMIT_REGIONS } from './divisions';
import { emptyFailure, firstBadChar, idFailure, lengthFailure, type IdFailure } from './errors';
import { normalizeIdInput } from './normalize';
import { checkIdBody, checkIdShape, type IdCheckOptions, type Sex } from './resident-id';

/**
 * Documents of Hong Kong, Macau and Taiwan residents accepted at the window.
 * - 'hk-macau-permit' 港澳居民来往内地通行证: H (Hong Kong) or M (Macau) + 8 digits, optionally
 *   + 2 digits counting renewals (older cards print them).
 * - 'taiwan-permit' 台湾居民来往大陆通行证: 8 digits, optionally + 2 renewal digits.
 * - 'residence-permit' 港澳台居民居住证: 18 characters laid out like a resident ID with the
 *   division code 810000 (HK), 820000 (Macau) or 830000 (Taiwan), and its check character.
 */
export const PERMIT_KINDS = ['hk-macau-permit', 'taiwan-permit', 'residence-permit'] as const;
export const permitKindSchema = z.enum(PERMIT_KINDS);
export type PermitKind = z.infer<typeof permitKindSchema>;

export const PERMIT_KIND_LABELS: Readonly<Record<PermitKind, { zh: string; en: string }>> = {
  'hk-macau-permit': {
    zh: '港澳居民来往内地通行证',
    en: 'Mainland Travel Permit for Hong Kong and Macao Residents',
  },
  'taiwan-permit': { zh: '台湾居民来往大陆通行证', en: 'Mainland Travel Permit for Taiwan Residents' },
  'residence-permit': {
    zh: '港澳台居民居住证',
    en: 'Residence Permit for Hong Kong, Macao and Taiwan Residents',
  },
};

export type PermitInfo = {
  ok: true;
  kind: PermitKind;
  /** Normalised: upper-case, no spaces. */
  value: string;
  /** Where the holder resides. */
  origin: '香港' | '澳门' | '台湾';
  /** Residence permits only. */
  birthDate?: string;
  sex?: Sex;
};
export type PermitCheck = PermitInfo | IdFailure;

export function checkPermit(kind: PermitKind, input: string, options: IdCheckOptions = {}): PermitCheck {
  const value = normalizeIdInput(input);
  const label = PERMIT_KIND_LABELS[kind];
  const what = `${label.zh}号码`;
  const whatEn = `${label.en} number`;
  if (value.length === 0) return emptyFailure(what, whatEn);
  switch (kind) {
    case 'hk-macau-permit': {
      if (value.length !== 9 && value.length !== 11)
        return lengthFailure(what, whatEn, '9或11', value.length);
      const prefix = value.slice(0, 1);
      if (prefix !== 'H' && prefix !== 'M') {
        return idFailure(
          'permit-prefix',
          `首字母应为 H（香港）或 M（澳门），输入的是“${prefix}”`,
          `The first letter is H (Hong Kong) or M (Macau); "${prefix}" was entered`,
        );
      }
      const bad = digitsOnly(value.slice(1), 1);
      if (bad) return bad;
      return { ok: true, kind, value, origin: prefix === 'H' ? '香港' : '澳门' };
    }
    case 'taiwan-permit': {
      if (value.length !== 8 && value.length !== 10)
        return lengthFailure(what, whatEn, '8或10', value.length);
      const bad = digitsOnly(value, 0);
      if (bad) return bad;
      return { ok: true, kind, value, origin: '台湾' };
    }
    case 'residence-permit': {
      const shape = checkIdShape(value, what, whatEn);
      if (shape) return shape;
      const prefix = value.slice(0, 6);
      const origin = RESIDENCE_PERMIT_REGIONS[prefix];
      if (origin === undefined) {
        return idFailure(
          'permit-region',
          `前六位应为 810000（香港）、820000（澳门）或 830000（台湾），输入的是 ${prefix}`,
          `The first six digits are 810000 (Hong Kong), 820000 (Macau) or 830000 (Taiwan); ${prefix} was entered`,
        );
      }
      const body = checkIdBody(value, options.today ?? localToday());
      if (!body.ok) return body;
      return { ok: true, kind, value, origin, birthDate: body.birthDate, sex: body.sex };
    }
    default:
      return missingCase(kind);
  }
}

function digitsOnly(s: string, offset: number): IdFailure | undefined {
  const bad = firstBadChar(s, /\d/);
  if (!bad) return undefined;
  const position = bad.position + offset;
  return idFailure(
    'characters',
    `第${position}位“${bad.char}”不允许：此处应为数字`,
    `Character ${position} "${bad.char}" is not allowed: a digit is expected here`,
  );
}
