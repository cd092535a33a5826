/**
 * Every paper a window hands out, built with pdf-lib from the case's JSON description. Pure: fonts
 * arrive through an injected FontSubsetter (harfbuzz in Node or as wasm in the renderer), the seal
 * image as bytes. `renderDocument(kind, input, deps)` is the entry point.
 */
export {
  chineseDate,
  chineseDateTime,
  clockTime,
  documentNumber,
  DocumentFormatError,
  printedId,
} from './format';
export type { FontSubsetter } from './fonts';
export { FontSubsetError } from './fonts';
export { createHarfbuzzSubsetter } from './harfbuzz-subsetter';
export type { FontSource, HarfbuzzSubsetExports } from './harfbuzz-subsetter';
export {
  buildDocument,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  DOCUMENT_TEMPLATES,
  DocumentInputError,
  documentKindSchema,
  renderDocument,
  renderDocumentDetailed,
} from './kinds';
export type { DocumentInput, DocumentKind, InputIssue } from './kinds';
export { layoutDocument } from './layout';
export type { DocumentModel, FaceName, FontKey, Weight } from './model';
export { parseQrPayload, qrPayload } from './qr';
export { DocumentRenderError, renderModel } from './render';
export type { RenderDeps, RenderedDocument, SealImageBytes } from './render';
export { LOG_RESULT_LABELS, LOG_RESULTS, logTotals } from './templates/daily-log';
export type { LogResult } from './templates/daily-log';
export { wrapText } from './text-wrap';
