import { DEFAULT_SETTINGS } from '../../../../shared/ipc';
import { describe, expect, it } from 'vitest';
import { diagnosticsFileName, diagnosticsReport } from '../../../../electron/main/diagnostics';
import { configureFileLog, LOG_MAX_BYTES } from '../../../../electron/main/logging';
import { runUpdater, updateDecision } from '../../../../electron/main/updater';

describe('diagnostics for IT', () => {
  it('reports versions, settings and the end of the log', () => {
    const log = Array.from({ length: 800 }, (_, i) => `line ${i + 1}`).join('\n');
    const report = diagnosticsReport({
      now: new Date('2026-11-24T02:00:00Z'),
      appVersion: '0.1.0',
      versions: { electron: '45.4.1', chrome: '140', node: '22', openssl: 'x' },
      platform: 'linux',
      arch: 'arm64',
      settings: { ...DEFAULT_SETTINGS, serverUrl: 'http://10.0.0.5:4310', windowCode: 'W03' },
      secretsBackend: 'gnome_libsecret',
      logText: log,
    });
    expect(report).toContain('0.1.0 (electron 45.4.1, chrome 140, node 22)');
    expect(report).toContain('"windowCode":"W03"');
    expect(report).toContain('line 800');
    expect(report).toContain('line 301');
    expect(report).not.toContain('line 300\n');
    expect(diagnosticsFileName(new Date('2026-11-24T02:05:00Z'))).toBe(
      'onewindow-diagnostics-202611240205.txt',
    );
  });

  it('rotates logs at 5 MB', () => {
    const file = { maxSize: 0, level: 'silly' as string | false };
    configureFileLog(file, true);
    expect(file).toEqual({ maxSize: LOG_MAX_BYTES, level: 'info' });
  });
});

describe('auto-update', () => {
  it('checks only an installed build against the configured update server', async () => {
    expect(updateDecision('', true)).toMatchObject({ kind: 'off' });
    expect(updateDecision('https://update.hall.example/onewindow/', false)).toMatchObject({ kind: 'off' });
    expect(updateDecision('ftp://x', true)).toMatchObject({ kind: 'off' });
    const decision = updateDecision('https://update.hall.example/onewindow/', true);
    expect(decision).toEqual({ kind: 'check', url: 'https://update.hall.example/onewindow/' });
    const calls: unknown[] = [];
    const updater = {
      autoDownload: false,
      setFeedURL: (o: unknown) => void calls.push(o),
      checkForUpdatesAndNotify: async () => void calls.push('check'),
    };
    await runUpdater(updater, decision);
    expect(calls).toEqual([{ provider: 'generic', url: 'https://update.hall.example/onewindow/' }, 'check']);
  });
});
