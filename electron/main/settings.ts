import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../shared/ipc';

export interface SettingsFiles {
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
}

export class SettingsFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SettingsFileError';
  }
}

/**
 * Settings live in userData/settings.json, written by main only. A missing file means defaults;
 * an unreadable one is an error for IT to see, never silently replaced (it may hold the window
 * code and server the hall configured).
 */
export function createSettingsStore(files: SettingsFiles) {
  async function get(): Promise<Settings> {
    const text = await files.read();
    if (text === undefined) return DEFAULT_SETTINGS;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new SettingsFileError('设置文件已损坏（不是有效的 JSON），请联系大厅信息管理员', { cause });
    }
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(json as object) });
    if (!parsed.success) {
      throw new SettingsFileError(`设置文件内容不正确：${parsed.error.issues[0]?.message ?? ''}`);
    }
    return parsed.data;
  }

  async function set(patch: SettingsPatch): Promise<Settings> {
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = settingsSchema.parse({ ...(await get()), ...given });
    await files.write(`${JSON.stringify(next, null, 2)}\n`);
    return next;
  }

  return { get, set };
}
