import { describe, expect, test } from 'vitest';
import { layoutDocument, type DocumentModel } from '../../../../shared/documents';
import type { WidthFn } from '../../../../shared/documents/layout';
import type { Block, LaidOutPage, TextOp } from '../../../../shared/documents/model';

// The layout engine alone, with a fixed-pitch measure: what it promises whatever the fonts are.
const width: WidthFn = (_font, size, text) =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55) * size, 0);

const margin = { top: 60, right: 50, bottom: 60, left: 70 };
const body = { font: 'serif-regular', size: 12 } as const;

function model(blocks: Block[], extra: Partial<DocumentModel['page']> = {}): DocumentModel {
  return { title: 't', page: { orientation: 'portrait', margin, ...extra }, blocks };
}

function texts(page: LaidOutPage | undefined): TextOp[] {
  return (page?.ops ?? []).filter((op): op is TextOp => op.op === 'text');
}

function expectInsideMargins(pages: LaidOutPage[]): void {
  for (const page of pages) {
    for (const op of texts(page)) {
      const w = width(op.font, op.size, op.text) + (op.charSpacing ?? 0) * ([...op.text].length - 1);
      expect(op.x).toBeGreaterThanOrEqual(margin.left - 0.01);
      expect(op.x + w).toBeLessThanOrEqual(page.width - margin.right + 0.01);
      expect(op.y).toBeLessThanOrEqual(page.height - margin.bottom / 2 + 10);
    }
  }
}

describe('layoutDocument', () => {
  test('a long paragraph flows onto new pages and every line stays inside the margins', () => {
    const text = '本机关决定予以受理。'.repeat(400);
    const pages = layoutDocument(
      model([{ type: 'text', text, style: body, align: 'justify', indent: 24 }]),
      width,
    );
    expect(pages.length).toBeGreaterThan(1);
    expectInsideMargins(pages);
    const all = pages.flatMap((p) => texts(p).map((t) => t.text)).join('');
    expect(all).toBe(text);
  });

  test('a long table repeats its header on every page and no row is split when it fits', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      cells: [{ text: String(i + 1) }, { text: `材料${i + 1}` }],
    }));
    const pages = layoutDocument(
      model([
        {
          type: 'table',
          columns: [1, 4],
          header: { cells: [{ text: '序号' }, { text: '材料名称' }] },
          rows,
          style: { font: 'sans-regular', size: 10.5 },
        },
      ]),
      width,
    );
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(texts(page)[0]?.text).toBe('序号');
    const numbers = pages.flatMap((p) => texts(p).map((t) => t.text)).filter((t) => /^\d+$/.test(t));
    expect(numbers).toEqual(rows.map((_, i) => String(i + 1)));
    expectInsideMargins(pages);
  });

  test('a row taller than a page is split across pages instead of running off the paper', () => {
    const tall = Array.from({ length: 80 }, (_, i) => `第${i + 1}行`).join('\n');
    const pages = layoutDocument(
      model([
        { type: 'table', columns: [1, 4], rows: [{ cells: [{ text: '1' }, { text: tall }] }], style: body },
      ]),
      width,
    );
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      for (const op of page.ops)
        if (op.op === 'text') expect(op.y).toBeLessThanOrEqual(page.height - margin.bottom);
    }
  });

  test('a keep block moves whole to the next page; a heading moves with its table', () => {
    const filler: Block = { type: 'text', text: '正文'.repeat(600), style: body, align: 'left' };
    const pages = layoutDocument(
      model([
        filler,
        { type: 'text', text: '二、容缺材料', style: body, align: 'left', keepWithNext: true },
        {
          type: 'table',
          columns: [1],
          header: { cells: [{ text: '材料名称' }] },
          rows: [{ cells: [{ text: '工程竣工图纸' }] }],
          style: body,
        },
      ]),
      width,
    );
    const pageOf = (t: string) => pages.findIndex((p) => texts(p).some((op) => op.text === t));
    expect(pageOf('二、容缺材料')).toBe(pageOf('工程竣工图纸'));
  });

  test('the footer counts pages: "第 N 页 共 M 页" on each, or none for a single page when asked', () => {
    const footer = { text: '第 {page} 页 共 {pages} 页', style: body };
    const long = layoutDocument(
      model([{ type: 'text', text: '字'.repeat(3000), style: body, align: 'left' }], { footer }),
      width,
    );
    long.forEach((page, i) => {
      expect(texts(page).at(-1)?.text).toBe(`第 ${i + 1} 页 共 ${long.length} 页`);
    });
    const single = layoutDocument(
      model([{ type: 'text', text: '字', style: body, align: 'left' }], {
        footer: { ...footer, onlyWhenSeveralPages: true },
      }),
      width,
    );
    expect(texts(single[0]).map((t) => t.text)).toEqual(['字']);
  });

  test('the drawn seal: red ring, star, the authority along the arc, its purpose and 样章; "none" draws nothing', () => {
    const closing = (seal: Extract<Block, { type: 'closing' }>['seal']): Block => ({
      type: 'closing',
      lines: ['十堰经济技术开发区行政审批局', '2026年11月24日'],
      style: body,
      seal,
    });
    const drawn = layoutDocument(
      model([
        closing({
          kind: 'drawn',
          diameter: 119,
          ringText: '十堰经济技术开发区行政审批局',
          centreText: '行政审批专用章',
          specimenText: '样章',
        }),
      ]),
      width,
    )[0];
    const ops = drawn?.ops ?? [];
    expect(ops.some((op) => op.op === 'circle')).toBe(true);
    expect(ops.filter((op) => op.op === 'polygon')).toHaveLength(1);
    const rotated = texts(drawn).filter((t) => t.rotate !== undefined);
    expect(rotated.map((t) => t.text).join('')).toBe('十堰经济技术开发区行政审批局');
    expect(texts(drawn).map((t) => t.text)).toEqual(expect.arrayContaining(['行政审批专用章', '样章']));
    // The seal sits under the text: drawn first, so black text stays readable over red.
    const firstText = ops.findIndex(
      (op) => op.op === 'text' && op.text === '十堰经济技术开发区行政审批局' && op.rotate === undefined,
    );
    expect(ops.findIndex((op) => op.op === 'circle')).toBeLessThan(firstText);

    const none = layoutDocument(model([closing({ kind: 'none', diameter: 119 })]), width)[0];
    expect(none?.ops.map((op) => op.op)).toEqual(['text', 'text']);
  });
});
