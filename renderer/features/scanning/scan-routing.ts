import { z } from 'zod';
import { parseCaseNumber } from '../../../shared/domain';
import { parseQrPayload } from '../../../shared/documents/qr';
import { checkResidentId } from '../../../shared/ids';
import { isPreApplicationCode } from '../../../shared/preapply';

/**
 * What a scanned code is, whatever device read it (keyboard wedge, camera): a case number or a
 * receipt's QR opens the case, a pre-application code (OWP1.…, even a damaged one, so that the
 * officer hears what is wrong with it) fills a new intake, a resident ID number fills the
 * applicant, anything else is shown.
 */
export type ScannedCode =
  | { kind: 'case'; caseNumber: string; queryCode?: string }
  | { kind: 'preapplication'; text: string }
  | { kind: 'resident-id'; idNumber: string }
  | { kind: 'unknown'; text: string };

/** A scanner's output is outside input: printable, one line, of a sane length. */
export const scannedTextSchema = z
  .string()
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(2000)
      .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20), '扫描内容含控制字符'),
  );

export function classifyScan(raw: unknown): ScannedCode | undefined {
  const parsed = scannedTextSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const text = parsed.data;
  const upper = text.toUpperCase();
  if (isPreApplicationCode(text)) return { kind: 'preapplication', text };
  if (parseCaseNumber(upper)) return { kind: 'case', caseNumber: upper };
  const receipt = parseQrPayload(text);
  if (receipt && parseCaseNumber(receipt.caseNumber))
    return receipt.queryCode === undefined
      ? { kind: 'case', caseNumber: receipt.caseNumber }
      : { kind: 'case', caseNumber: receipt.caseNumber, queryCode: receipt.queryCode };
  if (/^\d{17}[\dXx]$/.test(text) && checkResidentId(text).ok)
    return { kind: 'resident-id', idNumber: upper };
  return { kind: 'unknown', text };
}

/**
 * Whether a code read by a wedge scanner is taken by the app (its Enter consumed, a field it typed
 * into put back) or left as typed. In a text field, a code the app has no use for there is what
 * the officer meant to type with the scanner (a phone number, an ID number into the search), so
 * it stays, Enter included; outside a field, everything is taken and answered.
 */
export function takesScan(
  code: ScannedCode | undefined,
  where: { inField: boolean; applicantStep: boolean },
): boolean {
  if (!where.inField) return true;
  if (!code) return false;
  switch (code.kind) {
    case 'case':
    case 'preapplication':
      return true;
    case 'resident-id':
      return where.applicantStep;
    case 'unknown':
      return false;
  }
}
