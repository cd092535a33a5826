import { describe, expect, it } from 'vitest';
import { makeVerifier, parseVerifier, verifyPassword } from '../../../../shared/auth';
import { webCryptoPbkdf2 } from '../../../../shared/auth/webcrypto';

const salt = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);

describe('password verifiers', () => {
  it('matches the right password only', async () => {
    const verifier = await makeVerifier('窗口密码2026', salt, webCryptoPbkdf2, 1000);
    expect(verifier).toMatch(/^pbkdf2-sha256\$1000\$0102030405060708090a0b0c0d0e0f10\$[0-9a-f]{64}$/);
    expect(await verifyPassword(verifier, '窗口密码2026', webCryptoPbkdf2)).toBe(true);
    expect(await verifyPassword(verifier, '窗口密码2025', webCryptoPbkdf2)).toBe(false);
  });

  it('matches the RFC 7914 PBKDF2-HMAC-SHA256 test vector', async () => {
    const hash = await webCryptoPbkdf2('passwd', new TextEncoder().encode('salt'), 1);
    expect(Buffer.from(hash).toString('hex')).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc',
    );
  });

  it('never matches a malformed verifier', async () => {
    expect(parseVerifier('plain:123456')).toBeUndefined();
    expect(await verifyPassword('md5$abc', '123456', webCryptoPbkdf2)).toBe(false);
  });
});
