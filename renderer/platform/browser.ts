import {
  DEFAULT_SETTINGS,
  printRequestSchema,
  settingsPatchSchema,
  settingsSchema,
  type CounterBridge,
} from '../../shared/ipc';
import { fail, ok } from '../../shared/result';

const SETTINGS_KEY = 'onewindow.settings';
const SECRET_PREFIX = 'onewindow.secret.';

/**
 * The `counter` bridge for a plain browser (`npm run web`): the same contract as the Electron
 * preload, with the same schemas, so the renderer cannot tell which shell it runs in.
 */
export function createBrowserCounter(storage: Storage, version: string): CounterBridge {
  function readSettings() {
    const text = storage.getItem(SETTINGS_KEY);
    if (text === null) return DEFAULT_SETTINGS;
    let saved: unknown;
    try {
      saved = JSON.parse(text);
    } catch {
      // A hand-edited or truncated entry: the defaults are safer than a half-read window code.
      return DEFAULT_SETTINGS;
    }
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(saved as object) });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }
  return {
    app: {
      info: () =>
        Promise.resolve(
          ok({ version, platform: navigator.platform || 'browser', shell: 'browser' as const }),
        ),
    },
    settings: {
      get: () => Promise.resolve(ok(readSettings())),
      set: (patch) => {
        const parsedPatch = settingsPatchSchema.safeParse(patch);
        if (!parsedPatch.success) {
          return Promise.resolve(
            fail('invalid-request', parsedPatch.error.issues[0]?.message ?? '设置不正确'),
          );
        }
        const given = Object.fromEntries(Object.entries(parsedPatch.data).filter(([, v]) => v !== undefined));
        const next = settingsSchema.safeParse({ ...readSettings(), ...given });
        if (!next.success)
          return Promise.resolve(fail('invalid-request', next.error.issues[0]?.message ?? '设置不正确'));
        storage.setItem(SETTINGS_KEY, JSON.stringify(next.data));
        return Promise.resolve(ok(next.data));
      },
    },
    // A browser has no OS keystore: browser mode (development, demonstrations) keeps secrets in
    // the profile's storage. Installed counters run in Electron, where safeStorage encrypts them.
    secrets: {
      get: (key) => Promise.resolve(ok(storage.getItem(SECRET_PREFIX + key))),
      set: (key, value) => {
        if (value === null) storage.removeItem(SECRET_PREFIX + key);
        else storage.setItem(SECRET_PREFIX + key, value);
        return Promise.resolve(ok(null));
      },
    },
    diagnostics: {
      collect: () =>
        Promise.resolve(fail('unsupported', '浏览器模式不能收集诊断信息，请在安装版一窗受理中使用此功能')),
    },
    print: {
      // A browser cannot print without a dialog: the PDF opens in a hidden frame and the
      // browser's print dialog asks for the printer.
      pdf: async (request) => {
        const parsed = printRequestSchema.safeParse(request);
        if (!parsed.success)
          return fail('invalid-request', parsed.error.issues[0]?.message ?? '打印请求不正确');
        await printInHiddenFrame(parsed.data.pdf);
        return ok({ jobId: null, printer: '浏览器打印对话框' });
      },
      printers: () => Promise.resolve(ok([])),
    },
    scan: {
      scanners: () => Promise.resolve(ok([])),
      page: () =>
        Promise.resolve(fail('unsupported', '浏览器模式不能直接连接扫描仪，请使用高拍仪或导入扫描文件')),
    },
  };
}

/** Loads the PDF into an invisible frame and opens the browser's print dialog for it. */
function printInHiddenFrame(pdf: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    frame.src = url;
    frame.onload = () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      // The dialog blocks until closed; the frame can go afterwards.
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 60_000);
      resolve();
    };
    document.body.appendChild(frame);
  });
}
