import { PDFRawStream, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { compactTrueType } from './truetype';

/**
 * Embeds an already-subset TrueType font as a CID-keyed Type0 font (Identity-H), the way
 * pdf-lib's CustomFontEmbedder does with `subset: false`, with differences that matter for speed
 * and size: the font program is rewritten to six tables with lighter outlines (truetype.ts),
 * glyph ids and advances are looked up once per character (no fontkit layout per string), widths
 * equal to the default 1000 are not listed, and the streams are compressed by an injected deflate
 * (Node's zlib, the browser's CompressionStream) when one is given.
 */

/** zlib-format deflate (what /FlateDecode reads). */
export type Deflate = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export type EmbeddedFont = {
  ref: PDFRef;
  baseName: string;
  /** Advance of `ch` in em (0 for characters the font lacks). */
  advance(ch: string): number;
  has(ch: string): boolean;
  /** `text` as a PDF hex string of 2-byte glyph ids: "<0012001a>". */
  encode(text: string): string;
};

const DEFAULT_WIDTH = 1000;

export async function pdfStream(
  doc: PDFDocument,
  data: Uint8Array,
  dict: Record<string, number | string>,
  deflate?: Deflate,
): Promise<PDFRef> {
  const stream = deflate
    ? PDFRawStream.of(doc.context.obj({ ...dict, Filter: 'FlateDecode' }), await deflate(data))
    : doc.context.flateStream(data, dict);
  return doc.context.register(stream);
}

export async function embedCidFont(
  doc: PDFDocument,
  bytes: Uint8Array,
  baseName: string,
  deflate?: Deflate,
): Promise<EmbeddedFont> {
  const font = compactTrueType(bytes);
  const glyphs = new Map<string, { hex: string; advance: number }>();
  const widths = new Map<number, number>();
  const unicode = new Map<number, number>();
  for (const [ch, { gid, width }] of font.glyphs) {
    glyphs.set(ch, { hex: gid.toString(16).padStart(4, '0'), advance: width / 1000 });
    widths.set(gid, width);
    if (!unicode.has(gid)) unicode.set(gid, ch.codePointAt(0) ?? 0);
  }

  const fontFile = await pdfStream(doc, font.bytes, { Length1: font.bytes.length }, deflate);
  const toUnicode = await pdfStream(doc, ascii(toUnicodeCMap(unicode)), {}, deflate);
  const serif = font.familyClass >= 1 && font.familyClass <= 7;
  const flags = (font.isFixedPitch ? 1 : 0) | (serif ? 2 : 0) | 4;
  const descriptor = doc.context.register(
    doc.context.obj({
      Type: 'FontDescriptor',
      FontName: baseName,
      Flags: flags,
      FontBBox: font.bbox,
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent,
      Descent: font.descent,
      CapHeight: font.capHeight,
      XHeight: font.xHeight,
      StemV: 0,
      FontFile2: fontFile,
    }),
  );
  const cidFont = doc.context.register(
    doc.context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      CIDToGIDMap: 'Identity',
      BaseFont: baseName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: DEFAULT_WIDTH,
      W: widthArray(widths),
    }),
  );
  const ref = doc.context.register(
    doc.context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseName,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );

  return {
    ref,
    baseName,
    advance: (ch) => glyphs.get(ch)?.advance ?? 0,
    has: (ch) => glyphs.has(ch),
    encode: (text) => {
      let hex = '<';
      for (const ch of text) hex += glyphs.get(ch)?.hex ?? '0000';
      return `${hex}>`;
    },
  };
}

/** The W array: runs of consecutive glyph ids whose width differs from DW. */
function widthArray(widths: Map<number, number>): Array<number | number[]> {
  const ids = [...widths.keys()].filter((id) => widths.get(id) !== DEFAULT_WIDTH).sort((a, b) => a - b);
  const out: Array<number | number[]> = [];
  let run: number[] = [];
  let previous = -2;
  for (const id of ids) {
    if (id !== previous + 1) {
      run = [];
      out.push(id, run);
    }
    run.push(widths.get(id) ?? DEFAULT_WIDTH);
    previous = id;
  }
  return out;
}

/** A ToUnicode CMap so that text can be searched and copied (and read back by pdftotext). */
function toUnicodeCMap(unicode: Map<number, number>): string {
  const entries = [...unicode].sort((a, b) => a[0] - b[0]);
  const utf16 = (cp: number) => {
    const s = String.fromCodePoint(cp);
    let hex = '';
    for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
    return hex;
  };
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
  ];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [gid, cp] of chunk) lines.push(`<${gid.toString(16).padStart(4, '0')}> <${utf16(cp)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}

/** Bytes of an ASCII string (PDF operators and CMaps are ASCII). */
export function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
