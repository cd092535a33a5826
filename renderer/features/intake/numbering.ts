import { parseCaseNumber } from '../../../shared/domain';
import type { DocumentNumberKind, Hall } from '../../../shared/hall';

/**
 * Document numbers made offline without a shared counter: the hall's prefix and year, and as the
 * sequence the case number's window, month-day and daily sequence (开审受字〔2026〕第W0111240001号).
 * Case numbers are unique per window and day, so these are unique for the authority too, and a
 * reprint gives the same number.
 */
export function documentNumberFor(
  hall: Pick<Hall, 'documentNumberPrefixes'>,
  kind: DocumentNumberKind,
  caseNumber: string,
): string {
  const parts = parseCaseNumber(caseNumber);
  if (!parts) throw new Error(`办件编号格式不正确：${caseNumber}`);
  const [year, month, day] = parts.date.split('-');
  return `${hall.documentNumberPrefixes[kind]}〔${year}〕第${parts.windowCode}${month}${day}${String(parts.seq).padStart(4, '0')}号`;
}

/** The certificate's number: the item code and the case number, e.g. KFQ-SJ-002-W01202611240001. */
export function certificateNumberFor(itemCode: string, caseNumber: string): string {
  return `${itemCode}-${caseNumber.replace(/-/g, '')}`;
}

/** A query code for the public progress query: 6 digits, read out and typed easily. */
export function newQueryCode(random: (n: number) => Uint32Array): string {
  return Array.from(random(6), (v) => String(v % 10)).join('');
}
