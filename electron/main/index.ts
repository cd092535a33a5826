import { app, BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS, type Channel } from '../../shared/ipc';
import { APP_ORIGIN, APP_SCHEME, resolveAppRequest } from './app-protocol';
import { handleIpcCall, type IpcHandlers } from './ipc';
import { isAllowedNavigation, isAllowedPermission, isTrustedOrigin, secureWebPreferences } from './security';
import { createSettingsStore } from './settings';

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

const settingsPath = () => join(app.getPath('userData'), 'settings.json');
const settings = createSettingsStore({
  read: async () =>
    readFile(settingsPath(), 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    }),
  write: async (text) => {
    await mkdir(app.getPath('userData'), { recursive: true });
    await writeFile(settingsPath(), text, 'utf8');
  },
});

const handlers: IpcHandlers = {
  'app:info': () => ({ version: app.getVersion(), platform: process.platform, shell: 'electron' as const }),
  'settings:get': () => settings.get(),
  'settings:set': (patch) => settings.set(patch),
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

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    title: '一窗受理 OneWindow',
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
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
    return new Response(response.body, {
      status: response.status,
      headers: { 'content-type': resolved.contentType },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isAllowedPermission(permission, mediaTypes));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permission === 'media');
  registerIpc();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
