import { maskId } from '../ids';

/**
 * Text helpers for printed documents. Dates are civil dates of the hall ('YYYY-MM-DD'); times
 * are the wall-clock time the device wrote with the hall's offset (see shared/domain/primitives),
 * so the printed hour is read from the string and never converted through the printing PC's zone.
 */

export class DocumentFormatError extends Error {
  override readonly name = 'DocumentFormatError';
}

/**
 * 文号: "开审受字〔2026〕第0123号" — the hall's prefix, the year in 六角括号 〔〕, and the sequence
 * padded to `width` digits (never cut: sequence 12345 prints whole).
 */
export function documentNumber(prefix: string, year: number, seq: number, width = 4): string {
  if (prefix.trim() === '') throw new DocumentFormatError('文号前缀不能为空');
  if (!Number.isInteger(year) || year < 1949 || year > 9999) {
    throw new DocumentFormatError(`文号年份应为四位年份，收到 ${year}`);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) throw new DocumentFormatError(`文号序号应为正整数，收到 ${seq}`);
  return `${prefix.trim()}〔${year}〕第${String(seq).padStart(width, '0')}号`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /T(\d{2}):(\d{2})/;

/** '2026-11-24' (or an ISO date-time) → '2026年11月24日'. */
export function chineseDate(iso: string): string {
  const m = DATE.exec(iso);
  if (!m) throw new DocumentFormatError(`日期格式应为 YYYY-MM-DD，收到 ${iso}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** '2026-11-24T09:05:00+08:00' → '2026年11月24日 9时05分' (送达回证 needs the minute). */
export function chineseDateTime(iso: string): string {
  const t = TIME.exec(iso);
  if (!t) throw new DocumentFormatError(`时间格式应为 YYYY-MM-DDTHH:mm，收到 ${iso}`);
  return `${chineseDate(iso)} ${Number(t[1])}时${t[2]}分`;
}

/** '2026-11-24T09:05:00+08:00' → '09:05'. */
export function clockTime(iso: string): string {
  const t = TIME.exec(iso);
  if (!t) throw new DocumentFormatError(`时间格式应为 YYYY-MM-DDTHH:mm，收到 ${iso}`);
  return `${t[1]}:${t[2]}`;
}

export const MATERIAL_FORM_LABELS = { original: '原件', copy: '复印件', electronic: '电子件' } as const;

export const ID_TYPE_LABELS = {
  'resident-id': '居民身份证',
  'hk-mo-permit': '港澳居民来往内地通行证',
  'tw-permit': '台湾居民来往大陆通行证',
  'residence-permit': '港澳台居民居住证',
  passport: '护照',
  uscc: '统一社会信用代码',
  other: '其他证件',
} as const;
export type IdTypeKey = keyof typeof ID_TYPE_LABELS;

/**
 * An identifier as printed: masked (first 6 and last 4 kept for 15+ characters, shared/ids
 * maskId), because the paper leaves the hall. `whole` is for the one place the law needs the
 * number printed in full: an organisation's credit code on its licence.
 */
export function printedId(idNumber: string, whole = false): string {
  return whole ? idNumber.trim() : maskId(idNumber);
}
