import { describe, expect, it } from 'vitest';
import {
  createSecretStore,
  SecretStorageUnavailableError,
  type SafeStorageLike,
} from '../../../../electron/main/secrets';

// A stand-in for Electron's safeStorage (the binary cannot run here): a reversible transform, so
// the test can see that what reaches the file is not the secret itself.
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(plain, 'utf8').reverse(),
    decryptString: (encrypted) => Buffer.from(encrypted).reverse().toString('utf8'),
    getSelectedStorageBackend: () => backend,
  };
}

function memoryFile() {
  let text: string | undefined;
  return { read: async () => text, write: async (t: string) => void (text = t), text: () => text };
}

describe('secret store', () => {
  it('keeps the device credential encrypted and gives it back', async () => {
    const file = memoryFile();
    const store = createSecretStore(fakeSafeStorage('gnome_libsecret'), 'linux', file);
    await store.set('device-credential', 'dc_secret_123');
    expect(file.text()).not.toContain('dc_secret_123');
    expect(await store.get('device-credential')).toBe('dc_secret_123');
    await store.set('device-credential', null);
    expect(await store.get('device-credential')).toBeUndefined();
  });

  it("refuses Linux's basic_text fallback with a message that tells IT what to do, and writes nothing", async () => {
    const file = memoryFile();
    const store = createSecretStore(fakeSafeStorage('basic_text'), 'linux', file);
    await expect(store.set('device-credential', 'dc_secret_123')).rejects.toThrow(
      SecretStorageUnavailableError,
    );
    await expect(store.set('device-credential', 'dc_secret_123')).rejects.toThrow('密钥环');
    expect(file.text()).toBeUndefined();
  });

  it('refuses when the OS offers no encryption at all', async () => {
    const store = createSecretStore(fakeSafeStorage('dpapi', false), 'win32', memoryFile());
    await expect(store.get('officer-session')).rejects.toThrow('无法加密保存凭据');
  });
});
