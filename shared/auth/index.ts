/**
 * Officers' password verifiers: PBKDF2-SHA256 with a per-officer salt, in the text form
 * `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>`. The server makes them; they sync down to the
 * hall's devices so that an officer can log in offline. The password itself never leaves the
 * keyboard. PBKDF2 comes from WebCrypto (`crypto.subtle`), which browsers, Electron's renderer
 * and Node 20 all have; it is passed in so that this module stays free of platform globals.
 */
export type Pbkdf2 = (password: string, salt: Uint8Array, iterations: number) => Promise<Uint8Array>;

export const VERIFIER_ITERATIONS = 210_000;
const PREFIX = 'pbkdf2-sha256';

export interface ParsedVerifier {
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

export function parseVerifier(verifier: string): ParsedVerifier | undefined {
  const match = /^pbkdf2-sha256\$(\d{1,7})\$([0-9a-f]{16,128})\$([0-9a-f]{64})$/.exec(verifier);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { iterations: Number(match[1]), salt: fromHex(match[2]), hash: fromHex(match[3]) };
}

export async function makeVerifier(
  password: string,
  salt: Uint8Array,
  pbkdf2: Pbkdf2,
  iterations = VERIFIER_ITERATIONS,
): Promise<string> {
  const hash = await pbkdf2(password, salt, iterations);
  return `${PREFIX}$${iterations}$${toHex(salt)}$${toHex(hash)}`;
}

/** True when `password` matches; a malformed verifier never matches. Compares in constant time. */
export async function verifyPassword(verifier: string, password: string, pbkdf2: Pbkdf2): Promise<boolean> {
  const parsed = parseVerifier(verifier);
  if (!parsed) return false;
  const hash = await pbkdf2(password, parsed.salt, parsed.iterations);
  if (hash.length !== parsed.hash.length) return false;
  let diff = 0;
  for (let i = 0; i < hash.length; i++) diff |= (hash[i] ?? 0) ^ (parsed.hash[i] ?? 0);
  return diff === 0;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
