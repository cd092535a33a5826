import type { Pbkdf2 } from './index';

// The few WebCrypto members used here, typed structurally: shared/ is compiled without DOM or Node
// types, and both platforms provide exactly this API on globalThis.crypto.
interface SubtleLike {
  importKey(
    format: 'raw',
    key: Uint8Array,
    algorithm: 'PBKDF2',
    extractable: false,
    usages: ['deriveBits'],
  ): Promise<unknown>;
  deriveBits(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    key: unknown,
    length: number,
  ): Promise<ArrayBuffer>;
}

/** PBKDF2-SHA256 (32 bytes) from the platform's WebCrypto: browsers, Electron and Node 20. */
export const webCryptoPbkdf2: Pbkdf2 = async (password, salt, iterations) => {
  const platform = globalThis as unknown as {
    crypto: { subtle: SubtleLike };
    TextEncoder: new () => { encode(text: string): Uint8Array };
  };
  const bytes = new platform.TextEncoder().encode(password);
  const key = await platform.crypto.subtle.importKey('raw', bytes, 'PBKDF2', false, ['deriveBits']);
  const bits = await platform.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
};
