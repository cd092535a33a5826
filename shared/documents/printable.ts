import { FONT_COVERAGE_RUNS } from './font-coverage';

/** Whether both document faces draw `codePoint` (binary search over the generated runs). */
export function isPrintable(codePoint: number): boolean {
  let lo = 0;
  let hi = FONT_COVERAGE_RUNS.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = FONT_COVERAGE_RUNS[2 * mid] ?? 0;
    const count = FONT_COVERAGE_RUNS[2 * mid + 1] ?? 0;
    if (codePoint < first) hi = mid - 1;
    else if (codePoint >= first + count) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The characters of `text` the papers cannot print (emoji, most symbols, scripts outside the
 * Noto SC faces), each once, in order. Such a character would come out as an empty box on a
 * legal document, so names and addresses are refused with it rather than printed wrong.
 */
export function unprintableChars(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Variation selectors and joiners only shape the character before them (emoji sequences).
    if (!isPrintable(code) && !out.includes(ch) && code !== 0x200d && !(code >= 0xfe00 && code <= 0xfe0f))
      out.push(ch);
  }
  return out;
}
