import { PDFDocument, type PDFImage } from 'pdf-lib';
import { drawPages } from './draw';
import { embedCidFont, type Deflate, type EmbeddedFont } from './embed-font';
import { charsetsOf, subsetAll, type FontSubsetter } from './fonts';
import { layoutDocument, type WidthFn } from './layout';
import { fontParts, type DocumentModel, type FaceName, type FontKey } from './model';

export type SealImageBytes = { bytes: Uint8Array; format: 'png' | 'jpg' };

export type RenderDeps = {
  subsetFont: FontSubsetter;
  /** The hall's registered seal image, used when the hall's seal is `{ kind: 'image' }`. */
  sealImage?: SealImageBytes;
  /**
   * zlib deflate for fonts and page contents (Node: zlib.deflateSync; browser: CompressionStream).
   * Without it pdf-lib's JavaScript deflate is used, several times slower on big documents.
   */
  deflate?: Deflate;
};

export type RenderedDocument = {
  bytes: Uint8Array;
  pageCount: number;
  /** Characters the fonts do not have (they print as empty boxes): show them to the officer. */
  missingGlyphs: string[];
};

export class DocumentRenderError extends Error {
  override readonly name = 'DocumentRenderError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Good enough to learn which characters each font draws: CJK is one em, the rest about half. */
const approximateWidth: WidthFn = (_font, size, text) => {
  let w = 0;
  for (const ch of text) w += ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55) * size;
  return w;
};

const POSTSCRIPT_NAMES: Record<FaceName, string> = {
  serif: 'OWSERR+NotoSerifSC-Regular',
  sans: 'OWSANR+NotoSansSC-Regular',
};

const FONT_KEYS: FontKey[] = ['serif-regular', 'serif-bold', 'sans-regular', 'sans-bold'];

/**
 * Renders a document model to PDF bytes in two passes: a first layout with estimated widths
 * learns which characters each face draws, those faces are subset (harfbuzz, injected) and
 * embedded, and the second layout measures with the real glyph advances. One font per face:
 * bold text is the regular face filled and stroked (draw.ts), which keeps a receipt to two fonts.
 */
export async function renderModel(model: DocumentModel, deps: RenderDeps): Promise<RenderedDocument> {
  const draft = layoutDocument(model, approximateWidth);
  const footer = model.page.footer;
  const extra: Partial<Record<FontKey, string>> = footer
    ? { [footer.style.font]: `${footer.text}0123456789` }
    : {};
  const faceOf = (key: FontKey): FaceName => model.face ?? fontParts(key).face;
  const charsets = charsetsOf(draft, extra, faceOf);
  const subsets = await subsetAll(charsets, deps.subsetFont);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const faces = new Map<FaceName, EmbeddedFont>();
  const missingGlyphs: string[] = [];
  for (const [face, bytes] of subsets) {
    let font: EmbeddedFont;
    try {
      font = await embedCidFont(doc, bytes, POSTSCRIPT_NAMES[face], deps.deflate);
    } catch (cause) {
      throw new DocumentRenderError(`字体 ${face} 无法嵌入 PDF`, { cause });
    }
    faces.set(face, font);
    for (const ch of charsets.get(face) ?? '') {
      if ((ch.codePointAt(0) ?? 0) > 0x20 && !font.has(ch) && !missingGlyphs.includes(ch))
        missingGlyphs.push(ch);
    }
  }
  const fonts = new Map<FontKey, EmbeddedFont>();
  for (const key of FONT_KEYS) {
    const font = faces.get(faceOf(key));
    if (font) fonts.set(key, font);
  }

  const pages = layoutDocument(model, measuredWidth(fonts));
  let sealImage: PDFImage | undefined;
  const needsSealImage = pages.some((p) => p.ops.some((op) => op.op === 'seal-image'));
  // A hall that registered a seal image must never get a paper without it by accident.
  if (needsSealImage && !deps.sealImage)
    throw new DocumentRenderError('大厅配置了印章图片，但没有提供印章图片文件');
  if (deps.sealImage && needsSealImage) {
    try {
      sealImage =
        deps.sealImage.format === 'png'
          ? await doc.embedPng(deps.sealImage.bytes)
          : await doc.embedJpg(deps.sealImage.bytes);
    } catch (cause) {
      throw new DocumentRenderError('印章图片无法读取（应为 PNG 或 JPEG）', { cause });
    }
  }
  await drawPages(doc, pages, {
    fonts,
    ...(sealImage ? { sealImage } : {}),
    ...(deps.deflate ? { deflate: deps.deflate } : {}),
  });

  doc.setTitle(model.title);
  if (model.subject) doc.setSubject(model.subject);
  doc.setCreator('OneWindow 一窗受理');
  doc.setProducer('OneWindow documents (pdf-lib)');
  doc.setLanguage('zh-CN');
  if (model.createdAt) {
    doc.setCreationDate(model.createdAt);
    doc.setModificationDate(model.createdAt);
  }
  const bytes = await doc.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, pageCount: pages.length, missingGlyphs };
}

/** Advance widths from the embedded fonts (no shaping: there is no GSUB/GPOS). */
function measuredWidth(fonts: Map<FontKey, EmbeddedFont>): WidthFn {
  return (font, size, text) => {
    const embedded = fonts.get(font);
    if (!embedded) return approximateWidth(font, size, text);
    let w = 0;
    for (const ch of text) w += embedded.advance(ch);
    return w * size;
  };
}
