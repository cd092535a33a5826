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
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

/**
 * The documents a case has given rise to so far, in the order they are handed out: the receipt
 * (with the tolerance notice and the commitment to sign) or the one-time notice or the refusal;
 * then the decision and the certificate; then the 送达回证. Any can be reprinted.
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
  return kinds;
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
