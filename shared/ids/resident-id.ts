import { formatIsoDate, localToday, parseIsoDate } from '../calendar/iso-date';
import { provinceOf, regionOf, RESIDENCE_PERMIT_REGIONS } from './divisions';
import { emptyFailure, firstBadChar, idFailure, lengthFailure, type IdFailure } from './errors';
import { normalizeIdInput } from './normalize';

/**
 * Citizen identity numbers (GB 11643-1999): 6-digit division code, 8-digit birth date, 3-digit
 * sequence (odd = male, even = female), 1 check character (ISO 7064 MOD 11-2).
 * The residence permits of HK/Macau/Taiwan residents use the same layout with 810000 / 820000 /
 * 830000 as division code; they are checked by checkPermit('residence-permit', …).
 */

export type Sex = 'male' | 'female';

export type ResidentIdInfo = {
  ok: true;
  /** Normalised: 18 characters, upper-case X. */
  value: string;
  birthDate: string;
  sex: Sex;
  province: string;
  /** The place below the province when this hall knows it, e.g. "十堰市茅箭区". */
  region?: string;
};
export type ResidentIdCheck = ResidentIdInfo | IdFailure;

export type IdCheckOptions = {
  /** 'YYYY-MM-DD'; a birth date after it is refused. Defaults to the device's local date. */
  today?: string;
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

/** The check character of 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((w, i) => {
    sum += Number(first17[i]) * w;
  });
  return CHECK_CHARS[sum % 11] as string;
}

/** The layout shared by resident IDs and residence permits: birth date, sex and checksum. */
export function checkIdBody(
  value: string,
  today: string,
): { ok: true; birthDate: string; sex: Sex } | IdFailure {
  const digits = value.slice(6, 14);
  const birth = parseIsoDate(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`);
  if (!birth) {
    return idFailure(
      'birth-date-invalid',
      `出生日期无效：第7–14位为 ${digits}，不是真实日期`,
      `Invalid birth date: characters 7–14 are ${digits}, which is not a real date`,
    );
  }
  const birthDate = formatIsoDate(birth);
  if (birth.year < EARLIEST_BIRTH_YEAR) {
    return idFailure(
      'birth-date-too-early',
      `出生日期 ${birthDate} 早于 ${EARLIEST_BIRTH_YEAR} 年，请核对第7–14位`,
      `The birth date ${birthDate} is before ${EARLIEST_BIRTH_YEAR}; check characters 7–14`,
    );
  }
  if (birthDate > today) {
    return idFailure(
      'birth-date-future',
      `出生日期 ${birthDate} 晚于今天（${today}），请核对第7–14位`,
      `The birth date ${birthDate} is after today (${today}); check characters 7–14`,
    );
  }
  const expected = residentIdCheckChar(value.slice(0, 17));
  const actual = value.slice(17, 18);
  if (expected !== actual) {
    return idFailure(
      'checksum',
      `校验码错误：第18位应为 ${expected}，输入的是 ${actual}（号码中可能有输错的数字）`,
      `Wrong check character: the 18th should be ${expected}, ${actual} was entered (a digit may be mistyped)`,
    );
  }
  const sex: Sex = Number(value[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, birthDate, sex };
}

/** Length and characters of an 18-character ID-like number; undefined when both are right. */
export function checkIdShape(value: string, what: string, whatEn: string): IdFailure | undefined {
  if (value.length === 0) return emptyFailure(what, whatEn);
  if (value.length !== 18) {
    const failure = lengthFailure(what, whatEn, '18', value.length);
    if (value.length === 15 && /^\d{15}$/.test(value)) {
      return {
        ...failure,
        reason: `${failure.reason}（15位旧号码已停止使用，请提供18位号码）`,
        reasonEn: `${failure.reasonEn} (15-digit numbers are no longer in use; ask for the 18-digit number)`,
      };
    }
    return failure;
  }
  const inBody = firstBadChar(value.slice(0, 17), /\d/);
  const inCheck = firstBadChar(value.slice(17), /[\dX]/);
  const bad = inBody ?? (inCheck && { position: 18, char: inCheck.char });
  if (bad) {
    return idFailure(
      'characters',
      `第${bad.position}位“${bad.char}”不允许：前17位应为数字，第18位为数字或 X`,
      `Character ${bad.position} "${bad.char}" is not allowed: the first 17 are digits, the 18th a digit or X`,
    );
  }
  return undefined;
}

/** Checks a resident ID number (居民身份证号码). Accepts a lower-case x and stray spaces. */
export function checkResidentId(input: string, options: IdCheckOptions = {}): ResidentIdCheck {
  const value = normalizeIdInput(input);
  const shape = checkIdShape(value, '身份证号码', 'resident ID number');
  if (shape) return shape;
  const prefix = value.slice(0, 6);
  if (RESIDENCE_PERMIT_REGIONS[prefix] !== undefined || value.startsWith('83')) {
    return idFailure(
      'residence-permit-number',
      `前六位 ${prefix} 是港澳台居民居住证号码，请将证件类型选为“港澳台居民居住证”`,
      `The first six digits ${prefix} belong to a residence permit for HK/Macau/Taiwan residents; choose that document type`,
    );
  }
  const province = provinceOf(value);
  if (province === undefined) {
    return idFailure(
      'province',
      `地区码无效：前两位 ${value.slice(0, 2)} 不是省级行政区划代码`,
      `Invalid region: the first two digits ${value.slice(0, 2)} are not a province-level division code`,
    );
  }
  const body = checkIdBody(value, options.today ?? localToday());
  if (!body.ok) return body;
  const region = regionOf(prefix);
  return {
    ok: true,
    value,
    birthDate: body.birthDate,
    sex: body.sex,
    province,
    ...(region === undefined ? {} : { region }),
  };
}
