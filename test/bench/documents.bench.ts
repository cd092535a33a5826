import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import subsetFont from 'subset-font';
import { nodeDeflate, nodeFontSubsetter, readFont } from '../../scripts/node/fonts';
import {
  buildDocument,
  layoutDocument,
  renderDocumentDetailed,
  type DocumentKind,
  type FontSubsetter,
  type RenderDeps,
} from '../../shared/documents';
import { machineLine, measure, printTable, type Measurement } from './harness';

/**
 * Documents: one receipt (the target: ≤ 15 ms median, ≤ 30 KB), a 1,000-row daily log
 * (≤ 1.5 s), and, in the same run, pdf-lib embedding a whole font instead of a subset. Also the
 * parts that decide the receipt's time: the subsetter (faces kept vs subset-font) and the deflate.
 * Printed, never asserted.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/documents');
const fixture = (kind: DocumentKind): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, `${kind}.json`), 'utf8')) as Record<string, unknown>;

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

/** The same receipt drawn by pdf-lib alone with Noto Sans SC embedded whole (no subsetting). */
async function receiptWithWholeFont(): Promise<Uint8Array> {
  const built = buildDocument('receipt', fixture('receipt'));
  if (!built.ok) throw new Error(built.error.message);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await readFont('sans', 'regular'), { subset: false });
  const pages = layoutDocument(built.value, (_f, size, text) => font.widthOfTextAtSize(text, size));
  for (const laid of pages) {
    const page = doc.addPage([laid.width, laid.height]);
    for (const op of laid.ops) {
      if (op.op === 'text') page.drawText(op.text, { x: op.x, y: laid.height - op.y, size: op.size, font });
    }
  }
  return doc.save();
}

type Output = { benchmark: string; bytes: number; pages: number };

async function timed(
  name: string,
  iterations: number,
  run: () => Promise<{ bytes: Uint8Array; pageCount?: number }>,
  rows: Measurement[],
  outputs: Output[],
): Promise<void> {
  let last: { bytes: Uint8Array; pageCount?: number } | undefined;
  rows.push(
    await measure(
      name,
      async () => {
        last = await run();
      },
      iterations,
    ),
  );
  outputs.push({ benchmark: name, bytes: last?.bytes.length ?? 0, pages: last?.pageCount ?? 1 });
}

export async function runDocumentBenchmarks(): Promise<void> {
  const fast: RenderDeps = { subsetFont: nodeFontSubsetter(), deflate: nodeDeflate };
  const pako: RenderDeps = { subsetFont: nodeFontSubsetter() };
  const slowSubset: RenderDeps = { subsetFont: subsetFontPackage, deflate: nodeDeflate };
  // Load the four faces once, outside the timings (a window PC does this once per session).
  await renderDocumentDetailed('receipt', fixture('receipt'), fast);

  const rows: Measurement[] = [];
  const outputs: Output[] = [];
  await timed(
    'receipt (kept harfbuzz faces, zlib)',
    200,
    () => renderDocumentDetailed('receipt', fixture('receipt'), fast),
    rows,
    outputs,
  );
  await timed(
    'receipt (kept faces, pdf-lib deflate)',
    100,
    () => renderDocumentDetailed('receipt', fixture('receipt'), pako),
    rows,
    outputs,
  );
  await timed(
    'receipt (subset-font package)',
    10,
    () => renderDocumentDetailed('receipt', fixture('receipt'), slowSubset),
    rows,
    outputs,
  );
  await timed(
    'receipt (pdf-lib, whole Noto Sans SC)',
    3,
    async () => ({ bytes: await receiptWithWholeFont() }),
    rows,
    outputs,
  );
  const log = logInput(1000);
  await timed(
    'daily log, 1,000 rows (zlib)',
    10,
    () => renderDocumentDetailed('daily-log', log, fast),
    rows,
    outputs,
  );
  await timed(
    'daily log, 1,000 rows (pdf-lib deflate)',
    5,
    () => renderDocumentDetailed('daily-log', log, pako),
    rows,
    outputs,
  );

  const text = [...new Set(readFileSync(join(FIXTURES, 'receipt.json'), 'utf8'))].join('');
  const subsetRows: Measurement[] = [
    await measure('subset ≈300 chars, kept face', () => nodeFontSubsetter()('serif', 'regular', text), 200),
    await measure('subset ≈300 chars, subset-font', () => subsetFontPackage('serif', 'regular', text), 10),
  ];

  printTable('Documents (targets: receipt ≤ 15 ms median and ≤ 30 KB; 1,000-row log ≤ 1.5 s)', rows);
  console.table(outputs.map((o) => ({ ...o, KB: (o.bytes / 1024).toFixed(1) })));
  printTable('Font subsetting (one face, one call)', subsetRows);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(machineLine());
  await runDocumentBenchmarks();
}
