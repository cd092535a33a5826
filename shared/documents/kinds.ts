import { z } from 'zod';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from './kind-names';
import { fail, ok, type Result } from '../result';
import type { DocumentModel } from './model';
import { renderModel, type RenderDeps, type RenderedDocument } from './render';
import { buildCertificate, certificateInputSchema } from './templates/certificate';
import { buildCorrectionNotice, correctionNoticeInputSchema } from './templates/correction-notice';
import { buildDailyLog, dailyLogInputSchema } from './templates/daily-log';
import { buildDecision, decisionInputSchema } from './templates/decision';
import { buildDeliveryReceipt, deliveryReceiptInputSchema } from './templates/delivery-receipt';
import { buildMissingNotice, missingNoticeInputSchema } from './templates/missing-notice';
import { buildReceipt, receiptInputSchema } from './templates/receipt';
import { buildRefusal, refusalInputSchema } from './templates/refusal';
import { buildTerminationNotice, terminationNoticeInputSchema } from './templates/termination-notice';
import {
  buildToleranceCommitment,
  buildToleranceNotice,
  toleranceCommitmentInputSchema,
  toleranceNoticeInputSchema,
} from './templates/tolerance';

export { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, documentKindSchema, type DocumentKind } from './kind-names';

function template<S extends z.ZodType>(schema: S, build: (input: z.output<S>) => DocumentModel) {
  return { schema, build };
}

/** Each kind's input schema (the JSON the renderer passes) and its template. */
export const DOCUMENT_TEMPLATES = {
  receipt: template(receiptInputSchema, buildReceipt),
  'missing-notice': template(missingNoticeInputSchema, buildMissingNotice),
  'tolerance-notice': template(toleranceNoticeInputSchema, buildToleranceNotice),
  'tolerance-commitment': template(toleranceCommitmentInputSchema, buildToleranceCommitment),
  refusal: template(refusalInputSchema, buildRefusal),
  decision: template(decisionInputSchema, buildDecision),
  certificate: template(certificateInputSchema, buildCertificate),
  'delivery-receipt': template(deliveryReceiptInputSchema, buildDeliveryReceipt),
  'daily-log': template(dailyLogInputSchema, buildDailyLog),
  'termination-notice': template(terminationNoticeInputSchema, buildTerminationNotice),
  'correction-notice': template(correctionNoticeInputSchema, buildCorrectionNotice),
} as const;

/** What a caller writes for each kind (before defaults and transforms). */
export type DocumentInput<K extends DocumentKind> = z.input<(typeof DOCUMENT_TEMPLATES)[K]['schema']>;

export type InputIssue = { path: string; message: string };

export class DocumentInputError extends Error {
  override readonly name = 'DocumentInputError';
  constructor(
    readonly kind: DocumentKind,
    readonly issues: InputIssue[],
  ) {
    super(
      `${DOCUMENT_KIND_LABELS[kind]}的输入不正确：${issues.map((i) => `${i.path}：${i.message}`).join('；')}`,
    );
  }
}

const zhCN = z.locales.zhCN().localeError;

/** "received[2].copies" */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '（整体）';
}

function parseAndBuild(kind: DocumentKind, raw: unknown): DocumentModel {
  const { schema, build } = DOCUMENT_TEMPLATES[kind] as {
    schema: z.ZodType;
    build: (input: unknown) => DocumentModel;
  };
  const parsed = schema.safeParse(raw, { error: zhCN });
  if (!parsed.success) {
    throw new DocumentInputError(
      kind,
      parsed.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message })),
    );
  }
  return build(parsed.data);
}

/** Parses and checks `raw` for `kind`, and builds its document model (for a preview or a test). */
export function buildDocument(kind: DocumentKind, raw: unknown): Result<DocumentModel, 'invalid-input'> {
  try {
    return ok(parseAndBuild(kind, raw));
  } catch (error) {
    if (error instanceof DocumentInputError) return fail('invalid-input', error.message);
    throw error;
  }
}

/**
 * Renders one document to PDF bytes: `input` is the JSON description of the case (unknown until
 * parsed). Throws DocumentInputError for bad input (its message lists every problem in Chinese
 * with its path), DocumentRenderError / FontSubsetError when fonts or the seal image fail.
 */
export async function renderDocument(
  kind: DocumentKind,
  input: unknown,
  deps: RenderDeps,
): Promise<Uint8Array> {
  return (await renderDocumentDetailed(kind, input, deps)).bytes;
}

/** renderDocument with the page count and any characters the fonts lack. */
export async function renderDocumentDetailed(
  kind: DocumentKind,
  input: unknown,
  deps: RenderDeps,
): Promise<RenderedDocument> {
  return renderModel(parseAndBuild(kind, input), deps);
}
