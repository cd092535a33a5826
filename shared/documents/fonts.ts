import type { FaceName, FontKey, LaidOutPage, Weight } from './model';
import { fontParts } from './model';

/**
 * Returns a TrueType font holding the glyphs of `text` (at least) in the given face and weight.
 * Injected: Node uses harfbuzz's wasm read from disk (scripts/node/fonts.ts), the renderer the
 * same wasm loaded as an asset. pdf-lib's own subsetting drops CJK glyphs, so documents always
 * embed what this returns as it is (`subset: false`).
 */
export type FontSubsetter = (face: FaceName, weight: Weight, text: string) => Promise<Uint8Array>;

export class FontSubsetError extends Error {
  override readonly name = 'FontSubsetError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Every character each face draws on `pages` (both weights: bold is the regular face drawn
 * heavier, see draw.ts), sorted so that equal documents ask for equal subsets.
 */
export function charsetsOf(
  pages: LaidOutPage[],
  extra: Partial<Record<FontKey, string>> = {},
  faceOf: (font: FontKey) => FaceName = (font) => fontParts(font).face,
): Map<FaceName, string> {
  const sets = new Map<FaceName, Set<string>>();
  const add = (font: FontKey, text: string) => {
    const face = faceOf(font);
    let set = sets.get(face);
    if (!set) sets.set(face, (set = new Set()));
    for (const ch of text) set.add(ch);
  };
  for (const page of pages) {
    for (const op of page.ops) if (op.op === 'text') add(op.font, op.text);
  }
  for (const [font, text] of Object.entries(extra) as Array<[FontKey, string]>) add(font, text);
  return new Map([...sets].map(([face, set]) => [face, [...set].sort().join('')]));
}

/** Subsets the regular weight of every face in `charsets` at once. */
export async function subsetAll(
  charsets: Map<FaceName, string>,
  subsetFont: FontSubsetter,
): Promise<Map<FaceName, Uint8Array>> {
  const entries = await Promise.all(
    [...charsets].map(async ([face, text]) => {
      try {
        return [face, await subsetFont(face, 'regular', text)] as const;
      } catch (cause) {
        throw new FontSubsetError(`无法生成字体子集（${face}）`, { cause });
      }
    }),
  );
  return new Map(entries);
}
