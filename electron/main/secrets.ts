/** The parts of Electron's safeStorage used here (injected, so tests run without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export const SECRET_KEYS = ['device-credential', 'officer-session'] as const;
export type SecretKey = (typeof SECRET_KEYS)[number];

export class SecretStorageUnavailableError extends Error {
  override readonly name = 'SecretStorageUnavailableError';
}

export interface SecretFiles {
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
}

/**
 * Secrets (the device credential, the officer's session) encrypted with the OS keystore through
 * safeStorage and kept in userData/secrets.json. On Linux without a keyring Electron falls back to
 * `basic_text`, a fixed key: that is plain text in disguise, so it is refused with a message that
 * tells IT what to install, instead of storing the device credential where anyone can read it.
 */
export function createSecretStore(safeStorage: SafeStorageLike, platform: string, files: SecretFiles) {
  function assertSecure(): void {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new SecretStorageUnavailableError(
        '本机无法加密保存凭据（系统密钥服务不可用），请联系大厅信息管理员',
      );
    }
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
      throw new SecretStorageUnavailableError(
        '本机未运行系统密钥环（gnome-keyring 或 KWallet），凭据无法加密保存。请安装并启用密钥环后重新启动一窗受理。',
      );
    }
  }

  async function readAll(): Promise<Record<string, string>> {
    const text = await files.read();
    if (text === undefined) return {};
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  }

  return {
    async get(key: SecretKey): Promise<string | undefined> {
      assertSecure();
      const stored = (await readAll())[key];
      return stored === undefined ? undefined : safeStorage.decryptString(Buffer.from(stored, 'base64'));
    },
    async set(key: SecretKey, value: string | null): Promise<void> {
      assertSecure();
      const all = await readAll();
      if (value === null) delete all[key];
      else all[key] = safeStorage.encryptString(value).toString('base64');
      await files.write(`${JSON.stringify(all)}\n`);
    },
  };
}
