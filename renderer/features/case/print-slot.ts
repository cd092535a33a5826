import type { Actor } from '../../db/case-repository';
import { printDocument } from '../../documents';
import type { CaseDocumentKind } from './case-documents';

export type PrintOutcome = { ok: true } | { ok: false; code: 'failed'; message: string };

/**
 * Prints one paper of a case through renderer/documents (fonts subset in the page, the counter
 * bridge's printer), which also records the print as the case's `documentPrinted` event. The input
 * was already checked by the documents' own schema in document-inputs.ts.
 */
export async function printCaseDocument(
  kind: CaseDocumentKind,
  input: unknown,
  recordFor: { caseId: string; actor: Actor },
): Promise<PrintOutcome> {
  const result = await printDocument(kind, input, { caseId: recordFor.caseId, actor: recordFor.actor });
  return result.ok ? { ok: true } : { ok: false, code: 'failed', message: result.error.message };
}
