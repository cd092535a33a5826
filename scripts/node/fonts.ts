import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import {
  createHarfbuzzSubsetter,
  type FaceName,
  type FontSubsetter,
  type HarfbuzzSubsetExports,
  type RenderDeps,
  type Weight,
} from '../../shared/documents';

/**
 * Node side of document fonts: where the Noto TTFs and harfbuzz's subsetting wasm live in
 * node_modules, and a FontSubsetter over them for `npm run doc`, the tests and the benchmark.
 * Only the Regular and Bold weights are used (≈10–15 MB each).
 */

const require = createRequire(import.meta.url);

const FONT_MODULES: Record<FaceName, Record<Weight, string>> = {
  serif: {
    regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  },
  sans: {
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
};

export function fontPath(face: FaceName, weight: Weight): string {
  return require.resolve(FONT_MODULES[face][weight]);
}

const fontBytes = new Map<string, Promise<Uint8Array>>();

/** The whole TTF, read once per process. */
export function readFont(face: FaceName, weight: Weight): Promise<Uint8Array> {
  const key = `${face}-${weight}`;
  let bytes = fontBytes.get(key);
  if (!bytes) {
    bytes = readFile(fontPath(face, weight)).then(
      (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
    );
    fontBytes.set(key, bytes);
  }
  return bytes;
}

/** A fresh instance of harfbuzzjs's subsetting wasm (it needs no imports). */
export async function loadHarfbuzzSubset(): Promise<HarfbuzzSubsetExports> {
  const wasm = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const { instance } = await WebAssembly.instantiate(wasm);
  const exports = instance.exports as unknown as HarfbuzzSubsetExports & { _initialize?: () => void };
  exports._initialize?.();
  return exports;
}

let shared: FontSubsetter | undefined;

/**
 * The process-wide subsetter: one harfbuzz instance, one face per font kept for the process, so
 * only the first document pays for reading the fonts (≈0.1 s per weight).
 */
export function nodeFontSubsetter(): FontSubsetter {
  if (!shared) {
    const hb = loadHarfbuzzSubset();
    let subsetter: Promise<FontSubsetter> | undefined;
    shared = async (face, weight, text) => {
      subsetter ??= hb.then((exports) => createHarfbuzzSubsetter(exports, readFont));
      return (await subsetter)(face, weight, text);
    };
  }
  return shared;
}

/** Node's native zlib for PDF streams: several times faster than pdf-lib's JavaScript deflate. */
export function nodeDeflate(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes);
}

/** Everything `renderDocument` needs in Node, with an optional seal image file (PNG or JPEG). */
export async function nodeRenderDeps(options: { sealImagePath?: string } = {}): Promise<RenderDeps> {
  const deps: RenderDeps = { subsetFont: nodeFontSubsetter(), deflate: nodeDeflate };
  if (options.sealImagePath) {
    const bytes = new Uint8Array(await readFile(options.sealImagePath));
    const format = bytes[0] === 0x89 && bytes[1] === 0x50 ? 'png' : 'jpg';
    deps.sealImage = { bytes, format };
  }
  return deps;
}
