import { DEFAULT_SETTINGS } from '../../../../shared/ipc';
import { describe, expect, it, vi } from 'vitest';
import { handleIpcCall } from '../../../../electron/main/ipc';

const trusted = (url: string) => url.startsWith('app://counter/');
const settings = { ...DEFAULT_SETTINGS, windowCode: 'W03' };

describe('handleIpcCall', () => {
  it('runs the handler for a valid request from the app and wraps the value', async () => {
    const handler = vi.fn(() => settings);
    const result = await handleIpcCall('settings:set', handler, 'app://counter/index.html', trusted, {
      windowCode: 'W03',
    });
    expect(result).toEqual({ ok: true, value: settings });
    expect(handler).toHaveBeenCalledWith({ windowCode: 'W03' });
  });

  it('refuses a foreign sender without running the handler', async () => {
    const handler = vi.fn(() => settings);
    const result = await handleIpcCall('settings:get', handler, 'https://evil.example/', trusted, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a request its schema rejects, with the reason in Chinese', async () => {
    const handler = vi.fn(() => settings);
    const result = await handleIpcCall('settings:set', handler, 'app://counter/', trusted, {
      windowCode: 'w3; rm -rf',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!result.ok) expect(result.error.message).toContain('窗口编号');
    expect(handler).not.toHaveBeenCalled();
  });

  it('returns a thrown error as a failure with its message', async () => {
    const result = await handleIpcCall(
      'settings:get',
      () => {
        throw new Error('设置文件已损坏');
      },
      'app://counter/',
      trusted,
      undefined,
    );
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: '设置文件已损坏' } });
  });
});
