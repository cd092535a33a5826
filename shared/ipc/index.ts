import { z } from 'zod';
import { documentKindSchema } from '../documents/kind-names';
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

export const PAPER_SIZES = ['A4', 'A5', 'Letter'] as const;
export const paperSizeSchema = z.enum(PAPER_SIZES);

/** A CUPS queue or Windows printer name: no control characters, nothing a command line would read. */
export const printerNameSchema = z
  .string()
  .min(1)
  .max(220)
  .refine(
    (name) => ![...name].some((c) => c.charCodeAt(0) < 0x20 || c === '/' || c === '#' || c === '\\'),
    '打印机名称不能包含控制字符、斜杠或 #',
  );

/** Which printer each document goes to; a kind without its own printer uses `default`. */
export const printerSettingsSchema = z.object({
  default: z.union([printerNameSchema, z.literal('')]),
  byKind: z.partialRecord(documentKindSchema, printerNameSchema),
  paper: paperSizeSchema,
});

export const scannerSettingsSchema = z.object({
  /** A SANE device (test:0, hpaio:/usb/…); empty when the hall scans through the watched folder. */
  device: z.string().max(200),
  resolution: z.int().min(75).max(600),
  /** Where the vendor's scanning software saves files; empty when not used. */
  folder: z.string().max(400),
});

/** Device settings kept by the hall's IT on each window PC (main stores them; browser mode keeps them locally). */
export const settingsSchema = z.object({
  serverUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
  windowCode: windowCodeSchema,
  language: languageSchema,
  /** The hall's own update server (electron-updater generic provider); empty: no automatic updates. */
  updateUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
  printers: printerSettingsSchema,
  scanner: scannerSettingsSchema,
  /** A seal image file (PNG) for documents; empty: the hall's configured seal. */
  sealImagePath: z.string().max(400),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  serverUrl: '',
  windowCode: 'W01',
  language: 'zh-CN',
  updateUrl: '',
  printers: { default: '', byKind: {}, paper: 'A4' },
  scanner: { device: '', resolution: 200, folder: '' },
  sealImagePath: '',
};

export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Bytes across IPC (structured clone keeps Uint8Array); any backing buffer. */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, '应为二进制数据');

export const printRequestSchema = z.object({
  pdf: bytesSchema.refine(
    (b) => b.byteLength > 0 && b.byteLength <= 50 * 1024 * 1024,
    'PDF 为空或超过 50 MB',
  ),
  /** The document kind picks the printer from the settings; `printer` overrides it. */
  kind: documentKindSchema.optional(),
  printer: printerNameSchema.optional(),
  copies: z.int().min(1).max(99).default(1),
  paper: paperSizeSchema.optional(),
  title: z.string().max(120).optional(),
});
export type PrintRequest = z.input<typeof printRequestSchema>;
export const printJobSchema = z.object({ jobId: z.string().nullable(), printer: z.string() });
export const printerInfoSchema = z.object({
  name: z.string(),
  isDefault: z.boolean(),
  state: z.enum(['idle', 'printing', 'disabled', 'unknown']),
});

export const scanRequestSchema = z.object({
  device: z.string().max(200).optional(),
  resolution: z.int().min(50).max(1200).optional(),
  mode: z.enum(['Color', 'Gray', 'Lineart']).default('Color'),
});
export const scannedPageSchema = z.object({ mime: z.literal('image/png'), bytes: bytesSchema });
export const scannerInfoSchema = z.object({ device: z.string(), description: z.string() });

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
  'print:pdf': { request: printRequestSchema, response: printJobSchema },
  'print:printers': { request: z.undefined(), response: z.array(printerInfoSchema) },
  'scan:scanners': { request: z.undefined(), response: z.array(scannerInfoSchema) },
  'scan:page': { request: scanRequestSchema, response: scannedPageSchema },
} as const;

export type Channel = keyof typeof ipcContract;
export const CHANNELS = Object.keys(ipcContract) as Channel[];
export type ChannelRequest<C extends Channel> = z.input<(typeof ipcContract)[C]['request']>;
/** A request as main's handler gets it: parsed, with defaults applied. */
export type ChannelParsedRequest<C extends Channel> = z.output<(typeof ipcContract)[C]['request']>;
export type ChannelResponse<C extends Channel> = z.output<(typeof ipcContract)[C]['response']>;

export const IPC_ERROR_CODES = [
  'invalid-request',
  'forbidden-sender',
  'failed',
  'unsupported',
  // Printing and scanning say what went wrong, so the window can tell the officer what to do.
  'invalid-printer',
  'printer-not-found',
  'no-default-printer',
  'printing-unavailable',
  'print-failed',
  'no-scanner',
  'scan-failed',
] as const;
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
  print: {
    /** Prints without a dialog in Electron; the browser opens its print dialog on the PDF. */
    pdf(request: PrintRequest): Promise<IpcResult<'print:pdf'>>;
    printers(): Promise<IpcResult<'print:printers'>>;
  };
  scan: {
    scanners(): Promise<IpcResult<'scan:scanners'>>;
    page(request: z.input<typeof scanRequestSchema>): Promise<IpcResult<'scan:page'>>;
  };
}
