import type { CaseState } from '../../../shared/domain';

/** The documents the window prints (shared/documents' kinds, minus the daily log). */
export const CASE_DOCUMENT_KINDS = [
  'receipt',
  'tolerance-notice',
  'tolerance-commitment',
  'missing-notice',
  'refusal',
  'decision',
  'certificate',
  'delivery-receipt',
  'termination-notice',
  'correction-notice',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

/**
 * The documents a case has given rise to so far, in the order they are handed out: the receipt
 * (with the tolerance notice and the commitment to sign) or the one-time notice or the refusal;
 * then the decision and the certificate; then the 送达回证; the 补正材料通知书 of a reviewer's
 * latest 补正. Any can be reprinted.
 */
export function documentsFor(state: CaseState): CaseDocumentKind[] {
  const kinds: CaseDocumentKind[] = [];
  if (state.notice) kinds.push('missing-notice');
  if (state.refusal) kinds.push('refusal');
  if (state.dates.acceptedOn !== undefined) {
    kinds.push('receipt');
    if (state.tolerated.length > 0) kinds.push('tolerance-notice', 'tolerance-commitment');
  }
  if (state.decision) kinds.push('decision');
  if (state.certificate) kinds.push('certificate');
  if (state.delivery) kinds.push('delivery-receipt');
  if (state.termination) kinds.push('termination-notice');
  if (lastCorrection(state)) kinds.push('correction-notice');
  return kinds;
}

/**
 * A reviewer's latest 补正 (not a tolerance case's grace pause, which is also of kind correction),
 * with its number among them (1 for the first), for its notice.
 */
export function lastCorrection(
  state: CaseState,
): { pause: CaseState['dates']['pauses'][number]; ordinal: number } | undefined {
  const corrections = state.dates.pauses.filter((p) => p.kind === 'correction' && p.graceUntil === undefined);
  const pause = corrections.at(-1);
  return pause && { pause, ordinal: corrections.length };
}

/**
 * The paper Ctrl+P prints: the one the case gave rise to last (the receipt, notice or refusal
 * right after intake; then the decision, the certificate, the 送达回证, the termination notice).
 * A tolerance receipt stays the receipt: its notice and commitment follow it on the panel.
 */
export function mainDocument(state: CaseState): CaseDocumentKind | undefined {
  const kinds = documentsFor(state).filter((k) => k !== 'tolerance-notice' && k !== 'tolerance-commitment');
  return kinds.at(-1);
}
