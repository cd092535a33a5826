import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { buildDossier, type DossierPage } from '../../../../../renderer/features/scanning/dossier';
import { nodeDeflate, nodeFontSubsetter } from '../../../../../scripts/node/fonts';
import { pdfPages, pngPage } from '../../../../e2e/support/scan-files';

const OUTPUT_DIR = join(import.meta.dirname, '../../../../output/scanning');

describe('the dossier of a case', () => {
  test('20 pages of three materials in material order behind a cover that lists them', async () => {
    const images = (n: number, shade: number): DossierPage[] =>
      Array.from({ length: n }, (_, i) => ({ mime: 'image/png', bytes: pngPage(300 + i, 420, shade) }));
    const pdfs: DossierPage[] = [];
    for (let i = 1; i <= 7; i++)
      pdfs.push({ mime: 'application/pdf', bytes: await pdfPages([`LICENCE PAGE ${i}`]) });
    const dossier = await buildDossier(
      {
        caseNumber: 'W01-20261124-0007',
        itemName: '个体工商户设立登记',
        applicantName: '张三',
        compiledAt: '2026年11月24日 15:02',
        materials: [
          { name: '个体工商户设立登记申请书', pages: images(8, 40) },
          { name: '经营场所使用证明', pages: pdfs },
          { name: '经营者身份证明', pages: images(5, 90) },
          { name: '委托书', pages: [] },
        ],
      },
      { subsetFont: nodeFontSubsetter(), deflate: nodeDeflate },
    );
    expect(dossier.pageCount).toBe(21);

    mkdirSync(OUTPUT_DIR, { recursive: true });
    const file = join(OUTPUT_DIR, 'dossier-20.pdf');
    writeFileSync(file, dossier.pdf);
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
    const cover = (pages[0] ?? '').replace(/\s+/g, '');
    for (const text of [
      '案卷材料',
      '办件编号：W01-20261124-0007',
      '1．个体工商户设立登记申请书（8页，第2页起）',
      '2．经营场所使用证明（7页，第10页起）',
      '3．经营者身份证明（5页，第17页起）',
      '4．委托书（无页面）',
      '共20页材料，连同封面21页',
    ])
      expect(cover).toContain(text);
    // Material order: the PDF pages of the second material are pages 10–16.
    expect(pages[9]).toContain('LICENCE PAGE 1');
    expect(pages[15]).toContain('LICENCE PAGE 7');

    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const imagePages = list.map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(imagePages).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 17, 18, 19, 20, 21]);
    expect(list[0]).toMatch(/\b300\s+420\b/);
  });
});

describe('the dossier follows the arrangement', () => {
  test('each page is turned as arranged (its /Rotate), a PDF page on top of its own turn', async () => {
    const turnedPdf = await PDFDocument.load(await pdfPages(['TURNED LICENCE']));
    turnedPdf.getPage(0).setRotation(degrees(90));
    const dossier = await buildDossier(
      {
        caseNumber: 'W01-20261124-0008',
        itemName: '个体工商户设立登记',
        applicantName: '张三',
        compiledAt: '2026年11月24日 15:02',
        materials: [
          {
            name: '申请书',
            pages: [
              { mime: 'image/png', bytes: pngPage(420, 300), rotation: 90 },
              { mime: 'image/png', bytes: pngPage(300, 420) },
              { mime: 'application/pdf', bytes: await pdfPages(['LICENCE']), rotation: 270 },
              { mime: 'application/pdf', bytes: await turnedPdf.save(), rotation: 180 },
              { mime: 'image/png', bytes: pngPage(300, 420), rotation: 180 },
            ],
          },
        ],
      },
      { subsetFont: nodeFontSubsetter(), deflate: nodeDeflate },
    );
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const file = join(OUTPUT_DIR, 'dossier-turned.pdf');
    writeFileSync(file, dossier.pdf);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '6', file], { encoding: 'utf8' });
    const turns = [...info.matchAll(/^Page\s+(\d+) rot:\s+(\d+)/gm)].map((m) => Number(m[2]));
    expect(turns).toEqual([0, 90, 0, 270, 270, 180]);
    // The landscape image was laid on a landscape A4 and turned upright: it reads as portrait.
    const sizes = [...info.matchAll(/^Page\s+2 size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(sizes[0]?.[0]).toBeGreaterThan(sizes[0]?.[1] ?? Infinity);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
    expect(text[3]).toContain('LICENCE');
    expect(text[4]).toContain('TURNED LICENCE');
  });
});
