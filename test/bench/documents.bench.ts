import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';
import { nodeDeflate, nodeFontSubsetter, readFont } from '../../scripts/node/fonts';
import {
  buildDocument,
  layoutDocument,
  renderDocumentDetailed,
  type DocumentKind,
  type FaceName,
  type FontKey,
  type FontSubsetter,
  type RenderDeps,
} from '../../shared/documents';
import { drawPages } from '../../shared/documents/draw';
import type { EmbeddedFont } from '../../shared/documents/embed-font';
import { fontParts } from '../../shared/documents/model';
import { clearGlyphCache } from '../../shared/documents/truetype';
import { machineLine, measure, printTable, type Measurement } from './harness';

/**
 * Documents against the targets of issue 3: one receipt (≤ 15 ms median, ≤ 30 KB), a 1,000-row
 * daily log (≤ 1.5 s), and, in the same run, the same pages drawn by pdf-lib with the whole fonts
 * embedded instead of subsets. Then the parts that decide the receipt's time: the glyph cache,
 * the deflate, the subsetter. Timings are medians after a warm-up (fonts loaded, one harfbuzz
 * face per font kept: what a window PC has after its first document). Printed, never asserted.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/documents');
const fixture = (kind: DocumentKind): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, `${kind}.json`), 'utf8')) as Record<string, unknown>;

const RECEIPT_MS = 15;
const RECEIPT_BYTES = 30 * 1024;
const LOG_MS = 1500;

function logInput(rows: number): Record<string, unknown> {
  const base = fixture('daily-log');
  const sample = base['rows'] as Array<Record<string, unknown>>;
  return {
    ...base,
    rows: Array.from({ length: rows }, (_, i) => ({
      ...sample[i % sample.length],
      caseNumber: `W01-20261124-${String(i + 1).padStart(4, '0')}`,
    })),
  };
}

/** subset-font as shipped: reads and parses the whole TTF into harfbuzz on every call. */
const subsetFontPackage: FontSubsetter = async (face, weight, text) => {
  const font = await readFont(face, weight);
  return subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), text, {
    targetFormat: 'truetype',
  });
};

/** A pdf-lib font behind the interface drawPages draws with. */
function asEmbedded(font: PDFFont): EmbeddedFont {
  const chars = new Set(font.getCharacterSet());
  return {
    ref: font.ref,
    baseName: font.name,
    advance: (ch) => font.widthOfTextAtSize(ch, 1),
    has: (ch) => chars.has(ch.codePointAt(0) ?? 0),
    encode: (text) => font.encodeText(text).toString(),
  };
}

/**
 * The same document, laid out and drawn by the same code, but with pdf-lib embedding each face
 * the document uses whole (`subset: false`; pdf-lib's own subsetting drops CJK glyphs).
 */
async function withWholeFonts(
  kind: DocumentKind,
  input: unknown,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const built = buildDocument(kind, input);
  if (!built.ok) throw new Error(built.error.message);
  const model = built.value;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const faceOf = (key: FontKey): FaceName => model.face ?? fontParts(key).face;
  const faces = new Map<FaceName, EmbeddedFont>();
  for (const face of new Set((['serif-regular', 'sans-regular'] as const).map(faceOf))) {
    faces.set(face, asEmbedded(await doc.embedFont(await readFont(face, 'regular'), { subset: false })));
  }
  const fonts = new Map<FontKey, EmbeddedFont>();
  for (const key of ['serif-regular', 'serif-bold', 'sans-regular', 'sans-bold'] as const) {
    const font = faces.get(faceOf(key));
    if (font) fonts.set(key, font);
  }
  const pages = layoutDocument(model, (font, size, text) => {
    let w = 0;
    for (const ch of text) w += fonts.get(font)?.advance(ch) ?? 0;
    return w * size;
  });
  await drawPages(doc, pages, { fonts, deflate: nodeDeflate });
  return { bytes: await doc.save({ useObjectStreams: true }), pageCount: pages.length };
}

type Output = { bytes: number; pages: number };

async function timed(
  name: string,
  iterations: number,
  run: () => Promise<{ bytes: Uint8Array; pageCount?: number }>,
): Promise<Measurement & Output> {
  let last: { bytes: Uint8Array; pageCount?: number } | undefined;
  const m = await measure(
    name,
    async () => {
      last = await run();
    },
    iterations,
  );
  return { ...m, bytes: last?.bytes.length ?? 0, pages: last?.pageCount ?? 1 };
}

const ok = (met: boolean) => (met ? 'yes' : 'NO');

export async function runDocumentBenchmarks(): Promise<void> {
  const deps: RenderDeps = { subsetFont: nodeFontSubsetter(), deflate: nodeDeflate };
  const receipt = fixture('receipt');
  const log = logInput(1000);
  // Load the fonts once, outside the timings (a window PC does this once per session).
  await renderDocumentDetailed('receipt', receipt, deps);
  await renderDocumentDetailed('daily-log', fixture('daily-log'), deps);

  const r = await timed('receipt', 200, () => renderDocumentDetailed('receipt', receipt, deps));
  const rWhole = await timed('receipt, pdf-lib whole font', 3, () => withWholeFonts('receipt', receipt));
  const l = await timed('daily log, 1,000 rows', 10, () => renderDocumentDetailed('daily-log', log, deps));
  const lWhole = await timed('daily log, 1,000 rows, pdf-lib whole fonts', 2, () =>
    withWholeFonts('daily-log', log),
  );

  console.log('\nDocuments: the targets of issue 3, and pdf-lib embedding the whole fonts in the same run');
  console.table(
    [
      {
        ...r,
        target: `≤ ${RECEIPT_MS} ms, ≤ 30 KB`,
        met: ok(r.medianMs <= RECEIPT_MS && r.bytes <= RECEIPT_BYTES),
      },
      { ...rWhole, target: '(comparison)', met: '' },
      { ...l, target: `≤ ${LOG_MS / 1000} s`, met: ok(l.medianMs <= LOG_MS) },
      { ...lWhole, target: '(comparison)', met: '' },
    ].map((x) => ({
      benchmark: x.name,
      iterations: x.iterations,
      'median ms': x.medianMs.toFixed(1),
      'p95 ms': x.p95Ms.toFixed(1),
      pages: x.pages,
      bytes: x.bytes,
      KB: (x.bytes / 1024).toFixed(1),
      target: x.target,
      met: x.met,
    })),
  );

  const slowSubset: RenderDeps = { subsetFont: subsetFontPackage, deflate: nodeDeflate };
  const pako: RenderDeps = { subsetFont: nodeFontSubsetter() };
  const parts: Measurement[] = [
    await measure(
      'receipt, glyph cache cleared (new characters)',
      async () => {
        clearGlyphCache();
        await renderDocumentDetailed('receipt', receipt, deps);
      },
      50,
    ),
    await measure(
      'receipt, pdf-lib deflate instead of zlib',
      () => renderDocumentDetailed('receipt', receipt, pako),
      100,
    ),
    await measure(
      'receipt, subset-font package instead of kept faces',
      () => renderDocumentDetailed('receipt', receipt, slowSubset),
      10,
    ),
  ];
  const text = [...new Set(readFileSync(join(FIXTURES, 'receipt.json'), 'utf8'))].join('');
  parts.push(
    await measure('subset ≈300 chars, kept face', () => nodeFontSubsetter()('sans', 'regular', text), 200),
    await measure('subset ≈300 chars, subset-font', () => subsetFontPackage('sans', 'regular', text), 10),
  );
  printTable('What the receipt time is made of', parts);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(machineLine());
  await runDocumentBenchmarks();
}
