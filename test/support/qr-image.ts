import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

/**
 * QR codes as pictures for tests: the dark modules of a symbol (from the `qrcode` package, or read
 * back from the SVG a page serves), drawn as a grey-scale frame for Chromium's fake camera (y4m),
 * and read with zxing-wasm in Node, the decoder the counter runs in the browser.
 */

export interface Modules {
  size: number;
  dark(row: number, col: number): boolean;
}

export function qrModules(text: string): Modules {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (r, c) => modules.get(r, c) !== 0 };
}

/**
 * The modules drawn by the `qrcode` package's SVG renderer: one path of `M x y.5 h n` / `m dx dy
 * h n` runs in a viewBox of size + 2·margin.
 */
export function svgModules(svg: string, margin = 4): Modules {
  const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg);
  if (!box || !path) throw new Error('not a qrcode SVG');
  const size = Number(box[1]) - 2 * margin;
  const dark = new Set<number>();
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of (path[1] ?? '').matchAll(/([MmHh])(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const end = op === 'h' ? x + Number(a) : Number(a);
      for (let c = x; c < end; c++) dark.add((Math.floor(y) - margin) * size + (c - margin));
      x = end;
    }
  }
  return { size, dark: (r, c) => dark.has(r * size + c) };
}

/** A white `width`×`height` grey-scale picture (0–255 luma) with the symbol centred, quiet zone included. */
export function qrLuma(modules: Modules, width: number, height: number): Uint8Array {
  const unit = Math.floor(Math.min(width, height) / (modules.size + 8));
  if (unit < 2) throw new Error(`a ${modules.size}-module symbol does not fit ${width}×${height}`);
  const left = Math.floor((width - modules.size * unit) / 2);
  const top = Math.floor((height - modules.size * unit) / 2);
  const luma = new Uint8Array(width * height).fill(235);
  for (let r = 0; r < modules.size; r++)
    for (let c = 0; c < modules.size; c++)
      if (modules.dark(r, c))
        for (let y = 0; y < unit; y++)
          luma.fill(
            20,
            (top + r * unit + y) * width + left + c * unit,
            (top + r * unit + y) * width + left + (c + 1) * unit,
          );
  return luma;
}

/**
 * A one-frame YUV4MPEG2 4:2:0 video of a grey-scale picture, for Chromium's fake camera
 * (--use-file-for-fake-video-capture), which plays it in a loop.
 */
export function y4mVideo(luma: Uint8Array, width: number, height: number): Buffer {
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`),
    Buffer.from('FRAME\n'),
    luma,
    chroma,
    chroma,
  ]);
}

let prepared = false;

/** The texts of the QR codes zxing-wasm finds in a grey-scale picture (its wasm read from node_modules). */
export async function readQrCodes(luma: Uint8Array, width: number, height: number): Promise<string[]> {
  if (!prepared) {
    const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
    prepareZXingModule({ overrides: { wasmBinary: new Uint8Array(readFileSync(wasm)).buffer } });
    prepared = true;
  }
  const data = new Uint8ClampedArray(width * height * 4);
  luma.forEach((v, i) => data.set([v, v, v, 255], i * 4));
  const found = await readBarcodes({ data, width, height, colorSpace: 'srgb' }, { formats: ['QRCode'] });
  return found.map((r) => r.text);
}
