/**
 * Case numbers are made offline on the device and never renumbered by sync (ARCHITECTURE.md):
 * `{window code}-{yyyymmdd}-{4-digit device sequence}`, e.g. W03-20261124-0007. The window code
 * has no hyphen, so the three parts split unambiguously. The sequence restarts each day per
 * window; 9999 a day is far above what one window serves.
 */

export const WINDOW_CODE_PATTERN = /^[A-Z0-9]{2,8}$/;
const CASE_NUMBER_PATTERN = /^([A-Z0-9]{2,8})-(\d{4})(\d{2})(\d{2})-(\d{4})$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MAX_CASE_SEQ = 9999;

export type CaseNumberParts = { windowCode: string; date: string; seq: number };

export class CaseNumberError extends Error {
  override readonly name = 'CaseNumberError';
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** caseNumber('W03', '2026-11-24', 7) === 'W03-20261124-0007'. Throws CaseNumberError on bad input. */
export function caseNumber(windowCode: string, date: string, seq: number): string {
  if (!WINDOW_CODE_PATTERN.test(windowCode))
    throw new CaseNumberError(
      `窗口编号应为 2–8 位大写字母或数字（如 W03），收到 ${JSON.stringify(windowCode)}`,
    );
  const d = ISO_DATE_PATTERN.exec(date);
  if (!d || !isRealDate(Number(d[1]), Number(d[2]), Number(d[3])))
    throw new CaseNumberError(`日期应为有效的 YYYY-MM-DD，收到 ${JSON.stringify(date)}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_CASE_SEQ)
    throw new CaseNumberError(`当日序号应为 1–${MAX_CASE_SEQ} 的整数，收到 ${seq}`);
  return `${windowCode}-${d[1]}${d[2]}${d[3]}-${String(seq).padStart(4, '0')}`;
}

/** The parts of a well-formed case number, or undefined (sequence 0000 and unreal dates included). */
export function parseCaseNumber(s: string): CaseNumberParts | undefined {
  const m = CASE_NUMBER_PATTERN.exec(s);
  if (!m) return undefined;
  const [, windowCode = '', y = '', mo = '', d = '', seq = ''] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d)) || Number(seq) < 1) return undefined;
  return { windowCode, date: `${y}-${mo}-${d}`, seq: Number(seq) };
}
