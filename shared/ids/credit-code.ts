import { emptyFailure, firstBadChar, idFailure, lengthFailure, type IdFailure } from './errors';
import { normalizeIdInput } from './normalize';

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015 with its later registration
 * authorities): 1 registration authority, 1 organisation type, 6-digit division code of the
 * registering office, 9-character subject code (the former organisation code), 1 check character.
 * The alphabet leaves out I, O, S, V and Z (easily confused with digits).
 *
 * The subject code's own GB 11714 check character (position 17) is not enforced: the credit code
 * check already covers typing errors, and refusing a code a registry really issued would turn an
 * applicant away at the window.
 */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

type Authority = { name: string; types: Readonly<Record<string, string>> };

/** Registration authorities (position 1) and the organisation types each may register (position 2). */
export const CREDIT_CODE_AUTHORITIES: Readonly<Record<string, Authority>> = {
  '1': {
    name: '机构编制',
    types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  },
  '2': { name: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    types: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { name: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    name: '旅游',
    types: {
      '1': '外国旅游部门常驻代表机构',
      '2': '港澳台地区旅游部门常驻内地（大陆）代表机构',
      '9': '其他',
    },
  },
  '7': { name: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商（市场监管）', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: {
    name: '农业',
    types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { name: '其他', types: { '1': '其他' } },
};

export type CreditCodeInfo = {
  ok: true;
  /** Normalised: 18 upper-case characters. */
  value: string;
  /** e.g. '工商（市场监管）' */
  registrationAuthority: string;
  /** e.g. '企业' */
  organisationType: string;
  /** Division code of the registering office, e.g. '420300'. */
  divisionCode: string;
};
export type CreditCodeCheck = CreditCodeInfo | IdFailure;

/** The check character of the first 17 characters (all from the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((w, i) => {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17[i] as string) * w;
  });
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** Checks a unified social credit code. Accepts lower case and stray spaces. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const value = normalizeIdInput(input);
  if (value.length === 0) return emptyFailure('统一社会信用代码', 'unified social credit code');
  if (value.length !== 18) {
    return lengthFailure('统一社会信用代码', 'unified social credit code', '18', value.length);
  }
  const bad = firstBadChar(value, /[0-9A-HJ-NP-RTUW-Y]/);
  if (bad) {
    return idFailure(
      'characters',
      `第${bad.position}位“${bad.char}”不是统一社会信用代码使用的字符（只用数字和除 I、O、S、V、Z 外的大写字母）`,
      `Character ${bad.position} "${bad.char}" is not used in credit codes (digits and capitals except I, O, S, V, Z)`,
    );
  }
  const authorityCode = value.slice(0, 1);
  const authority = CREDIT_CODE_AUTHORITIES[authorityCode];
  if (authority === undefined) {
    const allowed = Object.keys(CREDIT_CODE_AUTHORITIES).join('、');
    return idFailure(
      'registration-authority',
      `第1位“${authorityCode}”不是登记管理部门代码（应为 ${allowed} 之一）`,
      `Character 1 "${authorityCode}" is not a registration authority code (one of ${allowed})`,
    );
  }
  const typeCode = value.slice(1, 2);
  const organisationType = authority.types[typeCode];
  if (organisationType === undefined) {
    const allowed = Object.keys(authority.types).join('、');
    return idFailure(
      'organisation-type',
      `第2位“${typeCode}”不是“${authority.name}”登记的机构类别代码（应为 ${allowed} 之一）`,
      `Character 2 "${typeCode}" is not an organisation type of authority ${authorityCode} (one of ${allowed})`,
    );
  }
  const divisionCode = value.slice(2, 8);
  if (!/^\d{6}$/.test(divisionCode)) {
    return idFailure(
      'division-code',
      `第3–8位应为6位数字的行政区划码，输入的是 ${divisionCode}`,
      `Characters 3–8 are a 6-digit division code; ${divisionCode} was entered`,
    );
  }
  const expected = creditCodeCheckChar(value.slice(0, 17));
  const actual = value.slice(17);
  if (expected !== actual) {
    return idFailure(
      'checksum',
      `校验码错误：第18位应为 ${expected}，输入的是 ${actual}（代码中可能有输错的字符）`,
      `Wrong check character: the 18th should be ${expected}, ${actual} was entered (a character may be mistyped)`,
    );
  }
  return { ok: true, value, registrationAuthority: authority.name, organisationType, divisionCode };
}
