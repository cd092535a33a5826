import type { Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import { encodePreApplication } from '../../shared/preapply';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { ZHANG_PREAPPLICATION } from '../fixtures/preapplication';
import { machineLine, measure, printTable } from './harness';
import { launchChromium, startCounter } from './preview';

const PORTS = { server: 4461, web: 5261 };
const PAGES = 20;
const OUTPUT = join(process.cwd(), 'test/output/bench');

/**
 * Scanning benchmarks (issue 7):
 * - pages per second into a case: 20 A4 pages as a scanner gives them (200 dpi colour PNG,
 *   1654×2339, printed-looking text on grainy paper, made in the page with a canvas) dropped on a
 *   material through the wizard's file input — the same toArchivePages → storeArchivePages path
 *   the scanner and the document camera take — until the 20 thumbnails show, then the case
 *   recorded; and the capture alone per page (the app's modules called in the page);
 * - the 20-page dossier of that case, compiled by the case page's button: bytes and pages;
 * - decoding a QR code in a 1280×720 camera frame with zxing-wasm in Node, with the options of the
 *   camera window's decoder (renderer/features/scanning/qr-worker.ts).
 * Chromium through Playwright against `npm run web`. Printed, never asserted.
 */
export async function runScanningBenchmarks(): Promise<void> {
  await runCaptureAndDossier();
  await runQrDecode();
}

/** Text-like A4 pages drawn in the page and encoded as PNG (what `scanimage --format=png` gives). */
async function scannerPages(page: Page, count: number, keep: boolean): Promise<string[]> {
  return page.evaluate(
    async ({ count, keep }) => {
      const [W, H] = [1654, 2339];
      const words = ['营业执照', 'LICENCE', '2026', '申请人', 'No.0713', '经营范围', 'Shiyan', '住所'];
      const out: string[] = [];
      const bytes: Uint8Array[] = [];
      for (let k = 0; k < count; k++) {
        const canvas = new OffscreenCanvas(W, H);
        const g = canvas.getContext('2d');
        if (!g) throw new Error('no canvas');
        g.fillStyle = '#f3f1ea';
        g.fillRect(0, 0, W, H);
        for (let i = 0; i < 40_000; i++) {
          g.fillStyle = `rgba(60,50,40,${(Math.random() * 0.12).toFixed(3)})`;
          g.fillRect(Math.random() * W, Math.random() * H, 2, 2);
        }
        g.fillStyle = '#1d1d1d';
        g.font = '30px serif';
        for (let y = 220; y < H - 180; y += 52) {
          let line = '';
          while (line.length < 48) line += `${words[Math.floor(Math.random() * words.length)]} `;
          g.fillText(line, 150, y);
        }
        g.strokeStyle = '#c0392b';
        g.lineWidth = 8;
        g.beginPath();
        g.arc(W - 420, H - 420, 150, 0, Math.PI * 2);
        g.stroke();
        const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
        if (keep) bytes.push(png);
        else {
          let binary = '';
          for (let i = 0; i < png.length; i += 0x8000)
            binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
          out.push(btoa(binary));
        }
      }
      (window as unknown as { benchPages?: Uint8Array[] }).benchPages = bytes;
      return out;
    },
    { count, keep },
  );
}

async function runCaptureAndDossier(): Promise<void> {
  // `npm run web` (the Vite dev server: the page imports the app's modules by their URLs).
  const { stop } = await startCounter('scripts/web.ts', PORTS, { dataPrefix: 'onewindow-bench-scan-' });
  const browser = await launchChromium();
  const files = mkdtempSync(join(tmpdir(), 'onewindow-bench-pages-'));
  try {
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORTS.web}/`);
    await page.getByText(/本机保存了 [1-9]\d* 名工作人员/).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '工号');
    await page.keyboard.type('KFQ0101');
    await page.keyboard.press('Tab');
    await page.keyboard.type('123456');
    await page.keyboard.press('Enter');
    await page.getByTestId('workbench').waitFor();

    // The capture alone, page by page, with the app's own modules (no React, no thumbnails).
    await scannerPages(page, PAGES, true);
    const capture = await page.evaluate(async () => {
      const modules = [
        '/features/scanning/page-import.ts',
        '/features/scanning/page-repository.ts',
        '/db/schema.ts',
      ];
      const { toArchivePages } = await import(/* @vite-ignore */ modules[0] ?? '');
      const { storeArchivePages } = await import(/* @vite-ignore */ modules[1] ?? '');
      const { db } = await import(/* @vite-ignore */ modules[2] ?? '');
      const pages = (window as unknown as { benchPages: Uint8Array[] }).benchPages;
      const samples: number[] = [];
      let pngBytes = 0;
      let jpegBytes = 0;
      for (const png of pages) {
        const t = performance.now();
        const archived = await toArchivePages(png);
        await storeArchivePages(db, archived);
        samples.push(performance.now() - t);
        pngBytes += png.byteLength;
        jpegBytes += (archived as Array<{ bytes: Uint8Array }>).reduce((n, p) => n + p.bytes.byteLength, 0);
      }
      const total = samples.reduce((a, b) => a + b, 0);
      samples.sort((a, b) => a - b);
      return {
        median: samples[Math.floor(samples.length / 2)] ?? 0,
        p95: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))] ?? 0,
        total,
        pngBytes,
        jpegBytes,
      };
    });
    printTable(
      `Capture to stored blob, per page (in Chromium: toArchivePages + storeArchivePages; 200 dpi A4 colour PNG ${(capture.pngBytes / PAGES / 1024).toFixed(0)} KB → archive JPEG ${(capture.jpegBytes / PAGES / 1024).toFixed(0)} KB)`,
      [
        {
          name: `${PAGES} scanner pages`,
          iterations: PAGES,
          medianMs: capture.median,
          p95Ms: capture.p95,
          opsPerSecond: (PAGES / capture.total) * 1000,
        },
      ],
    );

    // The same through the counter: 20 files on the first material of a walk-in, then the case.
    const paths = (await scannerPages(page, PAGES, false)).map((b64, i) => {
      const file = join(files, `page-${String(i + 1).padStart(2, '0')}.png`);
      writeFileSync(file, Buffer.from(b64, 'base64'));
      return file;
    });
    const step = (s: string) => page.locator(`[data-testid="intake-wizard"][data-step="${s}"]`).waitFor();
    await page.keyboard.press('F2');
    await step('applicant');
    await page.keyboard.type('420302199001011237');
    await page.keyboard.press('Tab');
    await page.keyboard.type('张三');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13907191234');
    await page.keyboard.press('Enter');
    await step('item');
    await page.keyboard.type('gtgsh');
    await page.getByTestId('item-results').getByText('个体工商户设立登记').waitFor();
    await page.keyboard.press('Enter');
    await step('situations');
    await page.keyboard.press('Enter');
    await step('materials');
    const dropped = performance.now();
    await page.getByTestId('page-file-input').setInputFiles(paths);
    await page.locator(`[data-testid="page-thumbs"][data-count="${PAGES}"]`).waitFor({ timeout: 300_000 });
    const pagesMs = performance.now() - dropped;
    await page.keyboard.press('Alt+A');
    await page.locator('[data-testid="decision"][data-outcome="accept"]').waitFor();
    await page.keyboard.press('Alt+N');
    await step('confirm');
    const confirmed = performance.now();
    await page.keyboard.press('Enter');
    const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
    const recordMs = performance.now() - confirmed;

    await page.keyboard.press('Escape');
    await page.getByTestId('workbench').waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type(caseNumber);
    await page.getByTestId('search-results').locator(`tr[data-case-number="${caseNumber}"]`).waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="case-dossier"][data-pages="${PAGES}"]`).waitFor();
    const compiled = performance.now();
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByTestId('case-dossier').getByRole('button').click();
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'dossier-20-pages.pdf');
    await (await download).saveAs(file);
    const dossierMs = performance.now() - compiled;
    const pdf = readFileSync(file);
    const pdfPages = (await PDFDocument.load(pdf)).getPageCount();

    console.log(
      `\nPages into a case through the counter (${PAGES} scanner PNGs on one material; incl. driver round trip)`,
    );
    console.table([
      {
        measure: `${PAGES} files dropped → ${PAGES} pages stored, thumbnails shown (ms)`,
        value: Math.round(pagesMs),
      },
      { measure: 'pages per second into the material', value: Number(((PAGES / pagesMs) * 1000).toFixed(2)) },
      { measure: `Enter → case recorded with its ${PAGES} pages (ms)`, value: Math.round(recordMs) },
    ]);
    console.log(
      `\nThe ${PAGES}-page dossier of that case (案卷 PDF, compiled in the page by the case's button)`,
    );
    console.table([
      { measure: 'dossier bytes', value: pdf.byteLength.toLocaleString('en-US') },
      {
        measure: 'bytes per material page',
        value: Math.round(pdf.byteLength / PAGES).toLocaleString('en-US'),
      },
      { measure: 'pages (cover included)', value: pdfPages },
      { measure: 'click → file saved (ms)', value: Math.round(dossierMs) },
    ]);
  } finally {
    rmSync(files, { recursive: true, force: true });
    await browser.close();
    await stop();
  }
}

/** A 1280×720 RGBA camera frame: grey paper with grain, and a QR of `text` at `scale` px a module. */
function cameraFrame(text: string | undefined, scale = 6, at: [number, number] = [520, 240]): ImageData {
  const [width, height] = [1280, 720];
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 20261124;
  for (let i = 0; i < width * height; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const v = 190 + ((seed >>> 16) % 24) - Math.floor((i % width) / 64);
    data.set([v, v, v - 6, 255], i * 4);
  }
  if (text === undefined) return { data, width, height, colorSpace: 'srgb' } as ImageData;
  const { size, data: modules } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if (!modules[y * size + x]) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = ((at[1] + y * scale + dy) * width + at[0] + x * scale + dx) * 4;
          data.set([28, 28, 32], i);
        }
    }
  return { data, width, height, colorSpace: 'srgb' } as ImageData;
}

async function runQrDecode(): Promise<void> {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({
    overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
    fireImmediately: true,
  });
  // The camera window's decoder options (qr-worker.ts).
  const options: ReaderOptions = { formats: ['QRCode'], maxNumberOfSymbols: 1, tryHarder: true };
  const receipt = 'ONEWINDOW:W01-20261124-0007:AB12CD';
  // A real pre-application code (shared/preapply), person with an agent and an address: the longest kind.
  const long = encodePreApplication(ZHANG_PREAPPLICATION);

  const frames = [
    { name: `receipt QR (${receipt.length} chars, 6 px/module)`, text: receipt, frame: cameraFrame(receipt) },
    {
      name: `pre-application QR (${long.length} chars, 5 px/module)`,
      text: long,
      frame: cameraFrame(long, 5, [420, 150]),
    },
    // Most frames the camera window reads have no code at all: what a miss costs.
    { name: 'no QR in the frame', text: '', frame: cameraFrame(undefined) },
  ];
  const rows = [];
  for (const f of frames) {
    const [found] = await readBarcodes(f.frame, options);
    if ((found?.text ?? '') !== f.text) throw new Error(`QR bench: ${f.name} read "${found?.text ?? ''}"`);
    rows.push(await measure(f.name, () => readBarcodes(f.frame, options), 40));
  }
  printTable(
    'QR decode of a 1280×720 camera frame (zxing-wasm in Node, tryHarder as in the camera window)',
    rows,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(machineLine());
  await runScanningBenchmarks();
}
