import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/ipc';
import { createBrowserCounter } from '../../../../renderer/platform/browser';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('the browser counter bridge', () => {
  it('keeps settings across a new bridge on the same storage (a reload)', async () => {
    const storage = memoryStorage();
    const first = createBrowserCounter(storage, '0.1.0');
    expect(await first.settings.get()).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    await first.settings.set({ windowCode: 'W04', language: 'en' });
    const second = createBrowserCounter(storage, '0.1.0');
    expect(await second.settings.get()).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, windowCode: 'W04', language: 'en' },
    });
  });

  it('refuses an invalid window code with the reason in Chinese and keeps the saved settings', async () => {
    const storage = memoryStorage();
    const counter = createBrowserCounter(storage, '0.1.0');
    await counter.settings.set({ windowCode: 'W02' });
    const result = await counter.settings.set({ windowCode: 'window 2' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!result.ok) expect(result.error.message).toContain('窗口编号');
    expect(await counter.settings.get()).toMatchObject({ ok: true, value: { windowCode: 'W02' } });
  });
});
