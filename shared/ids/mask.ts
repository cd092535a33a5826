/**
 * Masks an identifier for screens and printouts (ARCHITECTURE.md: masked everywhere the law does
 * not need it whole). The result has the same length as the trimmed input.
 *
 * - 15 characters or more (resident IDs, residence permits, credit codes, old 15-digit IDs): the
 *   first 6 and the last 4 stay, so the birth date is always hidden.
 * - Shorter (travel permits: 8–11 characters): a quarter of the length (rounded down) stays at
 *   each end, so at least half is hidden: "H12345678" → "H1*****78".
 * - 3 characters or fewer: everything is masked.
 */
export function maskId(input: string): string {
  const s = input.trim();
  const chars = [...s];
  const keep =
    chars.length >= 15 ? { head: 6, tail: 4 } : { head: chars.length >> 2, tail: chars.length >> 2 };
  return chars.map((c, i) => (i < keep.head || i >= chars.length - keep.tail ? c : '*')).join('');
}
