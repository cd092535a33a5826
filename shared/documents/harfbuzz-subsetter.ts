import type { FontSubsetter } from './fonts';
import { FontSubsetError } from './fonts';
import type { FaceName, Weight } from './model';

/**
 * The few exports of harfbuzzjs's `harfbuzz-subset.wasm` that subsetting needs. The wasm is
 * instantiated by the platform (Node reads the file; the renderer fetches it as an asset) and
 * handed in, so this module stays pure.
 */
export type HarfbuzzSubsetExports = {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
};

/** The TrueType bytes of each face and weight; a function so that unused weights are never read. */
export type FontSource = (face: FaceName, weight: Weight) => Uint8Array | Promise<Uint8Array>;

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
/**
 * Tables a printed, horizontally set document never uses: pdf-lib neither shapes with GSUB/GPOS
 * nor sets vertical text. Dropping them keeps each glyph's outline and advance, nothing else.
 */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'vhea', 'vmtx', 'VORG', 'DSIG'];

function tag(name: string): number {
  return [...name].reduce((acc, ch) => ((acc << 8) | ch.charCodeAt(0)) >>> 0, 0);
}

/**
 * A FontSubsetter over harfbuzz that keeps one face per font for the whole session: the
 * 10–15 MB TTF is copied into wasm memory once (≈25 MB for the two regular faces documents use),
 * and each later subset costs ≈0.3 ms (subset-font copies and parses the whole file on every
 * call, ≈3–8 ms). Calls are serialised: harfbuzz's memory is shared.
 */
export function createHarfbuzzSubsetter(hb: HarfbuzzSubsetExports, source: FontSource): FontSubsetter {
  const faces = new Map<string, Promise<number>>();
  let queue: Promise<unknown> = Promise.resolve();

  const faceFor = (face: FaceName, weight: Weight): Promise<number> => {
    const key = `${face}-${weight}`;
    let pending = faces.get(key);
    if (!pending) {
      pending = Promise.resolve(source(face, weight)).then((bytes) => {
        const ptr = hb.malloc(bytes.byteLength);
        if (ptr === 0) throw new FontSubsetError(`字体 ${key} 过大，无法载入`);
        new Uint8Array(hb.memory.buffer).set(bytes, ptr);
        // The bytes stay in wasm memory for the session: the face refers to them without a copy.
        const blob = hb.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
        const hbFace = hb.hb_face_create(blob, 0);
        hb.hb_blob_destroy(blob);
        // hb_subset_preprocess would save a little more per subset but keeps a second full copy
        // of the font in wasm memory (and costs 0.1 s up front): not worth 15 MB per font.
        return hbFace;
      });
      faces.set(key, pending);
      pending.catch(() => faces.delete(key));
    }
    return pending;
  };

  const subset = async (face: FaceName, weight: Weight, text: string): Promise<Uint8Array> => {
    const hbFace = await faceFor(face, weight);
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new FontSubsetError('harfbuzz 无法创建子集参数');
    try {
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0) ?? 0);
      hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
      const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      for (const t of DROPPED_TABLES) hb.hb_set_add(drop, tag(t));
      hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
      const result = hb.hb_subset_or_fail(hbFace, input);
      if (result === 0) throw new FontSubsetError(`harfbuzz 无法生成 ${face}-${weight} 的子集`);
      const blob = hb.hb_face_reference_blob(result);
      const offset = hb.hb_blob_get_data(blob, 0);
      const length = hb.hb_blob_get_length(blob);
      // slice(): a copy, because wasm memory may grow (and move) on the next call.
      const bytes = new Uint8Array(hb.memory.buffer).slice(offset, offset + length);
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(result);
      if (length === 0) throw new FontSubsetError(`${face}-${weight} 的子集为空`);
      return bytes;
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  };

  return (face, weight, text) => {
    const run = queue.then(() => subset(face, weight, text));
    queue = run.catch(() => undefined);
    return run;
  };
}
