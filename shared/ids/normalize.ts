/**
 * What an officer types or a scanner sends, made comparable: full-width ASCII (from a Chinese
 * input method: "４２０３" or "Ｘ") becomes half-width, every space (including the ideographic
 * space U+3000 and spaces pasted between groups: "420302 19900101 1234") is removed, letters
 * become upper-case. Nothing else is changed, so a wrong character is still reported as wrong.
 */
export function normalizeIdInput(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}
