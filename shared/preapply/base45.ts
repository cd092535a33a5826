/**
 * Base45 (RFC 9285): bytes as text in exactly the 45 characters of a QR code's alphanumeric mode
 * (digits, upper-case letters, space and `$%*+-./:`), so a code holds 1.5 characters a byte at
 * 5.5 bits each instead of 8-bit bytes. Only upper case: a scanner typing with Caps Lock on (lower
 * case) is read back by upper-casing. Its output never ends with a space (a trailing triple's
 * last character is at most 32, a trailing pair's at most 5), so trimming a scan loses nothing.
 */
export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const VALUES = new Map([...BASE45_ALPHABET].map((c, i) => [c, i]));

export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0);
    for (let k = 0; k < 3; k++) {
      out += BASE45_ALPHABET[n % 45];
      n = Math.floor(n / 45);
    }
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1] ?? 0;
    out += BASE45_ALPHABET[n % 45] + (BASE45_ALPHABET[Math.floor(n / 45)] ?? '');
  }
  return out;
}

/** The bytes of a Base45 text, or undefined for a character outside the alphabet or a bad length/value. */
export function base45Decode(text: string): Uint8Array | undefined {
  if (text.length % 3 === 1) return undefined;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let at = 0;
  for (let i = 0; i < text.length; i += 3) {
    const chunk = text.slice(i, i + 3);
    let n = 0;
    for (let k = chunk.length - 1; k >= 0; k--) {
      const v = VALUES.get(chunk[k] ?? '');
      if (v === undefined) return undefined;
      n = n * 45 + v;
    }
    if (chunk.length === 3) {
      if (n > 0xffff) return undefined;
      out[at++] = n >> 8;
      out[at++] = n & 0xff;
    } else {
      if (n > 0xff) return undefined;
      out[at++] = n;
    }
  }
  return out;
}
