/**
 * Documents in the renderer: every paper rendered in the page with harfbuzz-subset fonts
 * (shared/documents does the layout), previewed, printed through the counter bridge, and — for a
 * case's paper — each print and reprint recorded as a `documentPrinted` event.
 */
export { browserFontSubsetter, FontAssetError, keepDocumentAssetsOffline } from './browser-fonts';
export { DocumentPreview } from './DocumentPreview';
export type { DocumentPreviewProps } from './DocumentPreview';
export { documentNumberOf, printDocument } from './print-document';
export type {
  PrintDocumentErrorCode,
  PrintDocumentOptions,
  PrintDocumentResult,
  PrintedDocument,
} from './print-document';
export {
  browserRenderDeps,
  compressionStreamDeflate,
  DocumentError,
  renderDocumentPdf,
  renderDocumentPdfDetailed,
  toDocumentError,
} from './render-pdf';
export type { DocumentErrorCode, RenderOptions } from './render-pdf';
export { usePrintDocument } from './usePrintDocument';
export type { PrintDocumentApi } from './usePrintDocument';
