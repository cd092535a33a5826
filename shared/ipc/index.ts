import { z } from 'zod';
import type { Result } from '../result';

/**
 * The contract between the Electron main process and the renderer. Each channel names the zod
 * schema of its request and of its reply. Main parses every request with it (a renderer is not
 * trusted); the renderer gets `Result`s, never thrown errors, so a refusal keeps its words.
 */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const windowCodeSchema = z
  .string()
  .regex(/^[A-Z0-9]{2,8}$/, '窗口编号应为 2–8 位大写字母或数字，如 W03');

/** Device settings kept by the hall's IT on each window PC (main stores them; browser mode keeps them locally). */
export const settingsSchema = z.object({
  serverUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
  windowCode: windowCodeSchema,
  language: languageSchema,
  /** The hall's own update server (electron-updater generic provider); empty: no automatic updates. */
  updateUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  serverUrl: '',
  windowCode: 'W01',
  language: 'zh-CN',
  updateUrl: '',
};

export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Secrets kept encrypted by the OS keystore (Electron safeStorage), never in IndexedDB. */
export const SECRET_KEYS = ['device-credential', 'officer-session'] as const;
export const secretKeySchema = z.enum(SECRET_KEYS);
export type SecretKey = z.infer<typeof secretKeySchema>;

export const ipcContract = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'settings:get': { request: z.undefined(), response: settingsSchema },
  'settings:set': { request: settingsPatchSchema, response: settingsSchema },
  'secrets:get': { request: secretKeySchema, response: z.string().nullable() },
  'secrets:set': {
    request: z.object({ key: secretKeySchema, value: z.string().max(4096).nullable() }),
    response: z.null(),
  },
  'diagnostics:collect': { request: z.undefined(), response: z.object({ path: z.string() }) },
} as const;

export type Channel = keyof typeof ipcContract;
export const CHANNELS = Object.keys(ipcContract) as Channel[];
export type ChannelRequest<C extends Channel> = z.input<(typeof ipcContract)[C]['request']>;
export type ChannelResponse<C extends Channel> = z.output<(typeof ipcContract)[C]['response']>;

export const IPC_ERROR_CODES = ['invalid-request', 'forbidden-sender', 'failed', 'unsupported'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];
export type IpcResult<C extends Channel> = Result<ChannelResponse<C>, IpcErrorCode>;

/**
 * `window.counter`: one object grouped by domain. Electron's preload implements it over IPC;
 * renderer/platform has the browser implementation so that `npm run web` is the whole product.
 */
export interface CounterBridge {
  app: {
    info(): Promise<IpcResult<'app:info'>>;
  };
  settings: {
    get(): Promise<IpcResult<'settings:get'>>;
    set(patch: SettingsPatch): Promise<IpcResult<'settings:set'>>;
  };
  secrets: {
    get(key: SecretKey): Promise<IpcResult<'secrets:get'>>;
    set(key: SecretKey, value: string | null): Promise<IpcResult<'secrets:set'>>;
  };
  diagnostics: {
    /** Writes a diagnostics report for IT and answers where it is. */
    collect(): Promise<IpcResult<'diagnostics:collect'>>;
  };
}
