import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeDeflate, nodeFontSubsetter } from '../../../../scripts/node/fonts';
import { embedCidFont } from '../../../../shared/documents/embed-font';
import {
  compactTrueType,
  MERGE_TOLERANCE,
  simplifyContour,
  TARGET_UPEM,
} from '../../../../shared/documents/truetype';
import { OUTPUT_DIR } from './support';

// The compact font program of truetype.ts, checked against the harfbuzz subset it is made from:
// read back by an independent parser (fontkit), and drawn by poppler next to the source font.

const TEXT =
  '受理通知书开审受字〔2026〕第0123号十堰经济技术开发区行政审批局（工号 KFQ0101）申请材料齐全、符合法定形式。';

function tableTags(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) =>
    String.fromCharCode(...bytes.subarray(12 + 16 * i, 16 + 16 * i)),
  );
}

/** Moves, lines, curves and closes of a glyph's outline. */
function drawingCommands(path: { toSVG(): string }): number {
  return path.toSVG().match(/[MLQCZ]/g)?.length ?? 0;
}

let serif: Uint8Array;
let sans: Uint8Array;
beforeAll(async () => {
  const subset = nodeFontSubsetter();
  serif = await subset('serif', 'regular', TEXT);
  sans = await subset('sans', 'regular', TEXT);
});

describe('the compact TrueType program', () => {
  test('keeps the six tables a CID font needs, on a 256-unit em, with a valid checksum', () => {
    const compact = compactTrueType(serif);
    expect(tableTags(compact.bytes)).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
    expect(tableTags(serif)).toContain('cmap');
    const view = new DataView(compact.bytes.buffer);
    let sum = 0;
    for (let i = 0; i < compact.bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    expect(compact.bytes.length).toBeLessThan(serif.length * 0.8);
  });

  test('every character keeps its glyph id and advance; ideographs are one em', () => {
    const source = fontkit.create(serif);
    const compact = compactTrueType(serif);
    for (const ch of new Set(TEXT)) {
      const glyph = source.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      const mapped = compact.glyphs.get(ch);
      expect(mapped?.gid, ch).toBe(glyph.id);
      // Advances are rounded to the 256-unit grid: within 2/1000 em of the source's.
      expect(
        Math.abs((mapped?.width ?? 0) - (glyph.advanceWidth * 1000) / source.unitsPerEm),
        ch,
      ).toBeLessThan(2.5);
      if (/\p{Script=Han}/u.test(ch)) expect(mapped?.width, ch).toBe(1000);
    }
  });

  test('fontkit reads every outline back, each within a few thousandths of an em of the source', () => {
    for (const bytes of [serif, sans]) {
      const source = fontkit.create(bytes);
      const compact = fontkit.create(compactTrueType(bytes).bytes);
      expect(compact.unitsPerEm).toBe(TARGET_UPEM);
      let sourcePoints = 0;
      let compactPoints = 0;
      for (const ch of new Set(TEXT)) {
        const cp = ch.codePointAt(0) ?? 0;
        const a = source.glyphForCodePoint(cp);
        const b = compact.getGlyph(a.id);
        if (drawingCommands(a.path) === 0) continue; // a space
        const scale = source.unitsPerEm / TARGET_UPEM;
        // Rounding (half a unit of 256) plus the merge tolerance, in source units.
        const allowed = 0.5 * scale + (MERGE_TOLERANCE * source.unitsPerEm) / 1000 + 1;
        const boxA = a.path.bbox;
        const boxB = b.path.bbox;
        for (const side of ['minX', 'minY', 'maxX', 'maxY'] as const) {
          expect(Math.abs(boxA[side] - boxB[side] * scale), `${ch} ${side}`).toBeLessThanOrEqual(allowed);
        }
        sourcePoints += drawingCommands(a.path);
        compactPoints += drawingCommands(b.path);
      }
      // Merged pieces: fewer drawing commands than the source.
      expect(compactPoints).toBeLessThan(sourcePoints * 0.95);
    }
  });

  test('poppler draws the compact font like the source font', async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const draw = async (compact: boolean): Promise<Uint8Array> => {
      const doc = await PDFDocument.create();
      const page = doc.addPage([420, 80]);
      let content: string;
      if (compact) {
        const font = await embedCidFont(doc, serif, 'Test', nodeDeflate);
        const name = page.node.newFontDictionary('F', font.ref);
        content = `BT ${name.toString()} 20 Tf 10 45 Td ${font.encode(TEXT.slice(0, 20))} Tj ET`;
        page.node.addContentStream(doc.context.register(doc.context.flateStream(content)));
      } else {
        doc.registerFontkit(fontkit);
        const font = await doc.embedFont(serif, { subset: false });
        page.drawText(TEXT.slice(0, 20), { x: 10, y: 45, size: 20, font });
      }
      return doc.save();
    };
    const grey = (name: string, bytes: Uint8Array) => {
      const pdf = join(OUTPUT_DIR, `${name}.pdf`);
      writeFileSync(pdf, bytes);
      execFileSync('pdftoppm', ['-gray', '-r', '150', '-singlefile', pdf, join(OUTPUT_DIR, name)]);
      const data = readFileSync(join(OUTPUT_DIR, `${name}.pgm`));
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 32).toString('latin1'));
      if (!header) throw new Error('not a PGM');
      return { width: Number(header[1]), pixels: data.subarray(header[0].length) };
    };
    const source = grey('font-source', await draw(false));
    const compact = grey('font-compact', await draw(true));
    const { width, pixels: a } = source;
    const b = compact.pixels;
    expect(b.length).toBe(a.length);
    let ink = 0;
    let inkCompact = 0;
    let differ = 0;
    for (let i = 0; i < a.length; i++) {
      if ((a[i] ?? 255) < 128) ink++;
      if ((b[i] ?? 255) < 128) inkCompact++;
      // A pixel differs when no pixel next to it in the other rendering is close: outlines may
      // move by a fraction of a pixel (0.002 em is 0.08 px here), shapes may not.
      let near = false;
      for (const d of [0, -1, 1, -width, width, -width - 1, -width + 1, width - 1, width + 1]) {
        if (Math.abs((a[i + d] ?? 255) - (b[i] ?? 255)) <= 96) near = true;
      }
      if (!near) differ++;
    }
    expect(ink).toBeGreaterThan(3000);
    expect(Math.abs(inkCompact - ink)).toBeLessThan(ink * 0.03);
    expect(differ).toBeLessThan(ink * 0.01);
  });
});

describe('merging quadratic pieces', () => {
  /** A quarter circle of radius 500 as `pieces` quadratic pieces (implied on-curve midpoints). */
  function arc(pieces: number) {
    const points = [{ x: 500, y: 0, on: true }];
    for (let i = 0; i < pieces; i++) {
      const a0 = (Math.PI / 2) * (i / pieces);
      const a1 = (Math.PI / 2) * ((i + 1) / pieces);
      const r = 500 / Math.cos((a1 - a0) / 2);
      const am = (a0 + a1) / 2;
      points.push({ x: r * Math.cos(am), y: r * Math.sin(am), on: false });
    }
    points.push({ x: 0, y: 500, on: true }, { x: 0, y: 0, on: true });
    return points;
  }

  test('a smooth run becomes fewer pieces, and more so with more tolerance', () => {
    const source = arc(8);
    const tight = simplifyContour(source, 0.01);
    const loose = simplifyContour(source, 0.5);
    const looser = simplifyContour(source, 2);
    const loosest = simplifyContour(source, 40);
    expect(tight).toHaveLength(source.length);
    expect(loose.length).toBeLessThan(source.length);
    expect(looser.length).toBeLessThan(loose.length);
    // One piece for the quarter circle (its middle is 30 units out).
    expect(loosest.filter((p) => !p.on)).toHaveLength(1);
    // The corners stay exactly where they were.
    for (const corner of [
      { x: 500, y: 0 },
      { x: 0, y: 500 },
      { x: 0, y: 0 },
    ])
      expect(loosest).toContainEqual({ ...corner, on: true });
  });

  test('a polygon of straight lines is left alone', () => {
    const square = [
      { x: 0, y: 0, on: true },
      { x: 100, y: 0, on: true },
      { x: 100, y: 100, on: true },
      { x: 0, y: 100, on: true },
    ];
    expect(simplifyContour(square, 50)).toEqual(square);
  });
});
