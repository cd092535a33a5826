import { app, BrowserWindow, ipcMain, net, protocol, safeStorage, session, shell } from 'electron';
import log from 'electron-log/main';
import electronUpdater from 'electron-updater';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS, type Channel } from '../../shared/ipc';
import { APP_ORIGIN, APP_SCHEME, resolveAppRequest } from './app-protocol';
import { contentSecurityPolicy } from './csp';
import { diagnosticsFileName, diagnosticsReport } from './diagnostics';
import { handleWindowOpen } from './external-links';
import { handleIpcCall, IpcRefusal, type IpcHandlers } from './ipc';
import { configureFileLog } from './logging';
import { createPrintHandlers } from './print';
import { nodePrintDeps } from './print-node';
import { runBinary } from './run-binary';
import { listScanners, scanPage } from './scanner';
import { createSecretStore } from './secrets';
import { isAllowedNavigation, isAllowedPermission, isTrustedOrigin, secureWebPreferences } from './security';
import { createSettingsStore } from './settings';
import { runUpdater, updateDecision } from './updater';

// Thin wiring only: every decision lives in a pure module beside this file, unit-tested with
// `electron` mocked (test/unit/electron). This file cannot be run on machines without the binary.

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererRoot = join(import.meta.dirname, '../renderer');

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);

if (!app.requestSingleInstanceLock()) app.quit();

configureFileLog(log.transports.file, app.isPackaged);
log.initialize();

/** A JSON file in userData, read as text; a missing file is `undefined`. */
function userDataFile(name: string) {
  const path = () => join(app.getPath('userData'), name);
  return {
    read: async () =>
      readFile(path(), 'utf8').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return undefined;
        throw e;
      }),
    write: async (text: string) => {
      await mkdir(app.getPath('userData'), { recursive: true });
      await writeFile(path(), text, 'utf8');
    },
  };
}

const settings = createSettingsStore(userDataFile('settings.json'));
const secrets = createSecretStore(safeStorage, process.platform, userDataFile('secrets.json'));
// SumatraPDF ships beside the app on Windows (build/ extraResources); CUPS `lp` elsewhere.
const print = createPrintHandlers(
  nodePrintDeps(
    process.platform === 'win32' ? { sumatraPdf: join(process.resourcesPath, 'SumatraPDF.exe') } : {},
  ),
);

const handlers: IpcHandlers = {
  'app:info': () => ({ version: app.getVersion(), platform: process.platform, shell: 'electron' as const }),
  'settings:get': () => settings.get(),
  'settings:set': (patch) => settings.set(patch),
  'secrets:get': async (key) => (await secrets.get(key)) ?? null,
  'secrets:set': async ({ key, value }) => {
    await secrets.set(key, value);
    return null;
  },
  'diagnostics:collect': async () => {
    const now = new Date();
    const logPath = log.transports.file.getFile().path;
    const report = diagnosticsReport({
      now,
      appVersion: app.getVersion(),
      versions: process.versions,
      platform: process.platform,
      arch: process.arch,
      settings: await settings.get().catch((e: Error) => ({ error: e.message })),
      secretsBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os',
      logText: await readFile(logPath, 'utf8').catch(() => undefined),
    });
    const path = join(app.getPath('desktop'), diagnosticsFileName(now));
    await writeFile(path, report, 'utf8');
    return { path };
  },
  'print:pdf': async (request) => {
    const { printers } = await settings.get();
    const configured = (request.kind && printers.byKind[request.kind]) || printers.default || undefined;
    return print.print({
      pdf: request.pdf,
      printer: request.printer ?? configured,
      copies: request.copies,
      paper: request.paper ?? printers.paper,
      title: request.title,
    });
  },
  'print:printers': () => print.printers(),
  'scan:scanners': () => listScanners(runBinary),
  'scan:page': async (request) => {
    const { scanner } = await settings.get();
    const device = request.device ?? scanner.device;
    if (device === '') throw new IpcRefusal('no-scanner', '尚未设置扫描仪，请在本机设置中选择扫描仪');
    const result = await scanPage(
      { device, resolution: request.resolution ?? scanner.resolution, mode: request.mode },
      runBinary,
    );
    if (!result.ok) throw new IpcRefusal(result.error.code, result.error.message);
    return result.value;
  },
};

function registerIpc(): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, raw: unknown) =>
      handleIpcCall(
        channel as Channel,
        handlers[channel as Channel] as never,
        event.senderFrame?.url,
        (url) => isTrustedOrigin(url, devServerUrl),
        raw,
      ),
    );
  }
}

async function currentCsp(): Promise<string> {
  const { serverUrl } = await settings.get().catch(() => ({ serverUrl: '' }));
  return contentSecurityPolicy(serverUrl, devServerUrl);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    title: '一窗受理 OneWindow',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      ...secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) =>
    handleWindowOpen(url, (u) => void shell.openExternal(u)),
  );
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    const response = await net.fetch(pathToFileURL(join(rendererRoot, resolved.relativePath)).toString());
    const headers: Record<string, string> = { 'content-type': resolved.contentType };
    if (resolved.contentType.startsWith('text/html')) headers['content-security-policy'] = await currentCsp();
    return new Response(response.body, { status: response.status, headers });
  });
  if (devServerUrl) {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      void currentCsp().then((csp) =>
        callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } }),
      );
    });
  }
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isAllowedPermission(permission, mediaTypes));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permission === 'media');
  registerIpc();
  createWindow();
  void settings
    .get()
    .then((s) => runUpdater(electronUpdater.autoUpdater, updateDecision(s.updateUrl, app.isPackaged)))
    .catch((error: unknown) => log.warn('update check failed', error));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
