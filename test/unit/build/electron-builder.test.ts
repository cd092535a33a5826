import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Building the installers needs the Electron binary, which cannot be fetched here: these tests
// check what can be checked without it — the config against electron-builder's own schema, the
// files it packs, and the fuse hook on a stand-in binary with Electron's fuse-wire layout.
const require = createRequire(import.meta.url);
const configPath = 'build/electron-builder.yml';
const config = parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;

describe('electron-builder configuration', () => {
  beforeAll(() => {
    if (!existsSync('out/main/index.js'))
      execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
  }, 120_000);

  it('is valid for electron-builder', async () => {
    const debug = { isEnabled: false, add: () => undefined, save: () => Promise.resolve() };
    await expect(validateConfiguration(config as never, debug as never)).resolves.toBeUndefined();
    // …and the same check refuses a config electron-builder would refuse.
    await expect(
      validateConfiguration({ ...config, nsis: { perMachin: true } } as never, debug as never),
    ).rejects.toThrow();
  });

  it('makes a per-machine NSIS installer and deb + AppImage for x64 and arm64, named 一窗受理', () => {
    expect(config['productName']).toBe('一窗受理');
    expect(config['nsis']).toMatchObject({ oneClick: false, perMachine: true });
    const linux = config['linux'] as { target: Array<{ target: string; arch: string[] }> };
    expect(linux.target.map((t) => [t.target, t.arch])).toEqual([
      ['deb', ['x64', 'arm64']],
      ['AppImage', ['x64', 'arm64']],
    ]);
    expect(config['fileAssociations']).toEqual([]);
  });

  it('names only files that exist: the built app, the icons and the afterPack hook', () => {
    for (const file of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(existsSync(file), file).toBe(true);
    }
    const win = config['win'] as { icon: string };
    expect(existsSync(win.icon)).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(existsSync(`build/icons/${size}x${size}.png`)).toBe(true);
    expect(existsSync(String(config['afterPack']))).toBe(true);
    const main = (JSON.parse(readFileSync('package.json', 'utf8')) as { main: string }).main;
    expect(existsSync(main)).toBe(true);
  });
});

describe('the afterPack fuse hook', () => {
  /** A stand-in for the packed Electron binary: padding, the fuse sentinel, version 1, 8 fuses all enabled. */
  function fakeElectronBinary(path: string): void {
    const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.alloc(64, 0x7f),
        sentinel,
        Buffer.from([1, 8]),
        Buffer.alloc(8, 49),
        Buffer.alloc(64),
      ]),
    );
  }

  it('turns off run-as-node, NODE_OPTIONS and inspect, and turns on cookie encryption and ASAR integrity', async () => {
    const afterPack = require('../../../build/after-pack.cjs') as (context: unknown) => Promise<void>;
    const appOutDir = mkdtempSync(join(tmpdir(), 'onewindow-pack-'));
    fakeElectronBinary(join(appOutDir, 'onewindow'));
    await afterPack({
      appOutDir,
      electronPlatformName: 'linux',
      packager: { appInfo: { productFilename: '一窗受理' }, executableName: 'onewindow' },
    });
    const wire = await getCurrentFuseWire(join(appOutDir, 'onewindow'));
    const DISABLE = 48;
    const ENABLE = 49;
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
  });

  it('finds the binary where electron-builder puts it on Windows', () => {
    const { electronBinary } = require('../../../build/after-pack.cjs') as {
      electronBinary: (c: unknown) => string;
    };
    expect(
      electronBinary({
        appOutDir: '/x',
        electronPlatformName: 'win32',
        packager: { appInfo: { productFilename: '一窗受理' } },
      }),
    ).toBe('/x/一窗受理.exe');
  });
});
