import {
  DOCUMENT_KIND_LABELS,
  DocumentInputError,
  DocumentRenderError,
  FontSubsetError,
  renderDocumentDetailed,
  type DocumentKind,
  type InputIssue,
  type RenderDeps,
  type RenderedDocument,
  type SealImageBytes,
} from '../../shared/documents';
import { browserFontSubsetter, FontAssetError } from './browser-fonts';

export type DocumentErrorCode = 'invalid-input' | 'font-assets' | 'render-failed';

/**
 * A document could not be made. `message` is for the officer (zh-CN); `issues` lists every
 * problem of the input, with its path, when the template refused it.
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
    readonly issues: InputIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** zlib deflate (what /FlateDecode reads) by the browser's native CompressionStream. */
export async function compressionStreamDeflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

let deps: RenderDeps | undefined;

/** The session's render dependencies: the harfbuzz subsetter and native deflate when the browser has it. */
export function browserRenderDeps(): RenderDeps {
  deps ??= {
    subsetFont: browserFontSubsetter(),
    // Without CompressionStream pdf-lib's own JavaScript deflate is used: slower, same bytes on paper.
    ...(typeof CompressionStream === 'function' ? { deflate: compressionStreamDeflate } : {}),
  };
  return deps;
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e !== undefined && chain.length < 8; e = e instanceof Error ? e.cause : undefined)
    chain.push(e);
  return chain;
}

/** Turns whatever rendering threw into a DocumentError with words for the officer. */
export function toDocumentError(kind: DocumentKind, error: unknown): DocumentError {
  if (error instanceof DocumentError) return error;
  const label = DOCUMENT_KIND_LABELS[kind];
  if (error instanceof DocumentInputError)
    return new DocumentError('invalid-input', `无法生成${label}：${error.message}`, error.issues, {
      cause: error,
    });
  const chain = causeChain(error);
  const asset = chain.find((e) => e instanceof FontAssetError);
  if (asset instanceof FontAssetError)
    return new DocumentError('font-assets', `无法生成${label}：${asset.message}`, [], { cause: error });
  const known = chain.find((e) => e instanceof DocumentRenderError || e instanceof FontSubsetError);
  const detail =
    known instanceof Error ? known.message : error instanceof Error ? error.message : String(error);
  return new DocumentError('render-failed', `无法生成${label}：${detail}`, [], { cause: error });
}

export type RenderOptions = {
  /** The hall's registered seal (PNG/JPEG bytes), needed when the hall's seal is `{ kind: 'image' }`. */
  sealImage?: SealImageBytes;
};

/** Renders a document in the renderer; throws DocumentError (zh-CN message) on any failure. */
export async function renderDocumentPdfDetailed(
  kind: DocumentKind,
  input: unknown,
  options: RenderOptions = {},
): Promise<RenderedDocument> {
  const base = browserRenderDeps();
  try {
    return await renderDocumentDetailed(
      kind,
      input,
      options.sealImage ? { ...base, sealImage: options.sealImage } : base,
    );
  } catch (error) {
    throw toDocumentError(kind, error);
  }
}

/** The PDF bytes of one document, its fonts subset to its own characters. Throws DocumentError. */
export async function renderDocumentPdf(
  kind: DocumentKind,
  input: unknown,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  return (await renderDocumentPdfDetailed(kind, input, options)).bytes;
}
