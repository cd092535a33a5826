import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../../electron/main/settings';
import { DEFAULT_SETTINGS } from '../../../../shared/ipc';

function memoryFiles(initial?: string) {
  let text = initial;
  return { read: async () => text, write: async (t: string) => void (text = t), text: () => text };
}

describe('settings store', () => {
  it('gives defaults when no file exists and writes what is set', async () => {
    const files = memoryFiles();
    const store = createSettingsStore(files);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    await store.set({ windowCode: 'W05', serverUrl: 'http://10.1.2.3:4310' });
    expect(JSON.parse(files.text() ?? '')).toEqual({
      ...DEFAULT_SETTINGS,
      windowCode: 'W05',
      serverUrl: 'http://10.1.2.3:4310',
    });
  });

  it('refuses a corrupt file instead of silently resetting the hall configuration', async () => {
    const files = memoryFiles('{ not json');
    const store = createSettingsStore(files);
    await expect(store.get()).rejects.toThrow('设置文件已损坏');
    await expect(store.set({ windowCode: 'W02' })).rejects.toThrow();
    expect(files.text()).toBe('{ not json');
  });

  it('refuses an invalid value and keeps the saved one', async () => {
    const files = memoryFiles(JSON.stringify({ ...DEFAULT_SETTINGS, windowCode: 'W07' }));
    const store = createSettingsStore(files);
    await expect(store.set({ serverUrl: 'ftp://x' })).rejects.toThrow();
    expect((await store.get()).windowCode).toBe('W07');
  });
});
