import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/ipc';

// MOCK: the Electron binary cannot run on these machines (docs/ENVIRONMENT.md), so this test
// replaces the `electron` module with a recorder and checks how main wires the real pieces.
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    windows: [] as Array<{
      options: { webPreferences: Record<string, unknown> };
      events: Map<string, Listener>;
      openHandler?: Listener;
      loaded?: string;
    }>,
    ipc: new Map<string, Listener>(),
    protocolHandler: undefined as Listener | undefined,
    permissionHandler: undefined as Listener | undefined,
    privileged: [] as unknown[],
    opened: [] as string[],
  };
  class BrowserWindow {
    webContents;
    record: (typeof state.windows)[number];
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.record = { options, events: new Map() };
      state.windows.push(this.record);
      this.webContents = {
        on: (event: string, listener: Listener) => this.record.events.set(event, listener),
        setWindowOpenHandler: (handler: Listener) => (this.record.openHandler = handler),
      };
    }
    once() {}
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
    static getAllWindows() {
      return [];
    }
  }
  return {
    state,
    module: {
      app: {
        requestSingleInstanceLock: () => true,
        quit: () => undefined,
        on: () => undefined,
        whenReady: () => Promise.resolve(),
        getPath: () => '/tmp/onewindow-test-userdata',
        getVersion: () => '0.1.0',
        isPackaged: false,
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, listener: Listener) => state.ipc.set(channel, listener) },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
        handle: (_scheme: string, handler: Listener) => (state.protocolHandler = handler),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: Listener) => (state.permissionHandler = handler),
          setPermissionCheckHandler: () => undefined,
        },
      },
      net: { fetch: () => Promise.resolve(new Response('x')) },
      shell: { openExternal: (url: string) => state.opened.push(url) },
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'gnome_libsecret',
        encryptString: (s: string) => Buffer.from(s),
        decryptString: (b: Buffer) => b.toString(),
      },
    },
  };
});

vi.mock('electron', () => electron.module);
// electron-log and electron-updater require the real `electron` through CommonJS: replace them too.
vi.mock('electron-log/main', () => ({
  default: {
    initialize: () => undefined,
    warn: () => undefined,
    transports: { file: { maxSize: 0, level: 'info', getFile: () => ({ path: '/nonexistent/main.log' }) } },
  },
}));
vi.mock('electron-updater', () => ({
  default: {
    autoUpdater: {
      autoDownload: false,
      setFeedURL: () => undefined,
      checkForUpdatesAndNotify: async () => undefined,
    },
  },
}));

describe('electron main wiring', () => {
  beforeAll(async () => {
    await import('../../../../electron/main/index');
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1));
  });

  it('opens one window, isolated and sandboxed, on the app:// renderer', () => {
    const [window] = electron.state.windows;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.loaded).toBe('app://counter/index.html');
    expect(electron.state.privileged).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
  });

  it('denies new windows and navigation away from the counter', () => {
    const [window] = electron.state.windows;
    expect(window?.openHandler?.({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    expect(window?.openHandler?.({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(electron.state.opened).toEqual(['https://www.gov.cn/']);
    const event = { preventDefault: vi.fn() };
    window?.events.get('will-navigate')?.(event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('handles every declared IPC channel and refuses a foreign frame', async () => {
    expect([...electron.state.ipc.keys()].sort()).toEqual([...CHANNELS].sort());
    const handler = electron.state.ipc.get('app:info');
    expect(await handler?.({ senderFrame: { url: 'app://counter/index.html' } }, undefined)).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: process.platform, shell: 'electron' },
    });
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('refuses path traversal on app:// and grants the camera only', async () => {
    const response = (await electron.state.protocolHandler?.({
      url: 'app://counter/..%2f..%2fsecret.json',
    })) as Response;
    expect(response.status).toBe(403);
    const decisions: boolean[] = [];
    electron.state.permissionHandler?.(null, 'geolocation', (d: boolean) => decisions.push(d), {});
    electron.state.permissionHandler?.(null, 'media', (d: boolean) => decisions.push(d), {
      mediaTypes: ['video'],
    });
    expect(decisions).toEqual([false, true]);
  });
});
