import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentKind } from '../../../../shared/documents';

/** Helpers of the document tests: fixtures, the output folder a person can look at, poppler. */

export const ROOT = join(import.meta.dirname, '../../../..');
export const OUTPUT_DIR = join(ROOT, 'test/output/documents');

export function fixture(kind: DocumentKind): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, `test/fixtures/documents/${kind}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

type CatalogItem = {
  code: string;
  name: string;
  materials: Array<{ id: string; name: string; form: string; copies: number; essential: boolean }>;
};

export function demoItem(code: string): CatalogItem {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'shared/demo/catalog.zh-CN.json'), 'utf8')) as {
    items: CatalogItem[];
  };
  const item = catalog.items.find((i) => i.code === code);
  if (!item) throw new Error(`demo catalog has no item ${code}`);
  return item;
}

/** Writes the PDF and a PNG of its first page (60 dpi) for a person to look at; returns the PDF path. */
export function writeOutput(name: string, bytes: Uint8Array): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const pdf = join(OUTPUT_DIR, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(OUTPUT_DIR, name),
  ]);
  return pdf;
}

/** pdftotext of every page, pages split (poppler ends each page with a form feed). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** All text with every space and line break removed: wrapped Chinese lines read as one. */
export function flat(text: string): string {
  return text.replace(/\s+/g, '');
}

export type WordBox = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word's box (points, y down from the top) as poppler finds it on the printed page. */
export function wordBoxes(pdf: string): {
  pages: Array<{ width: number; height: number }>;
  words: WordBox[];
} {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const pages: Array<{ width: number; height: number }> = [];
  const words: WordBox[] = [];
  for (const line of html.split('\n')) {
    const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (page) pages.push({ width: Number(page[1]), height: Number(page[2]) });
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
      line,
    );
    if (word) {
      words.push({
        page: pages.length,
        text: word[5] ?? '',
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
      });
    }
  }
  return { pages, words };
}

export const hasZbar = spawnSync('zbarimg', ['--version']).status === 0;

/** Decodes the QR codes on page 1 with zbarimg (zbar-tools), from a 150 dpi rendering. */
export function decodeQr(pdf: string): string[] {
  const png = `${pdf}.qr`;
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  const result = spawnSync('zbarimg', ['--quiet', '--raw', `${png}.png`], { encoding: 'utf8' });
  return result.stdout.split('\n').filter((l) => l !== '');
}
