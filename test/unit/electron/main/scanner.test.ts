import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchScanFolder, type FolderPage } from '../../../../electron/main/scan-folder';
import { parseScannerList, scanPage } from '../../../../electron/main/scanner';

describe('scanner input checks', () => {
  it('refuses device names and resolutions that are not a scanner', async () => {
    const never = () => Promise.reject(new Error('must not run'));
    expect(
      await scanPage({ device: 'test:0; rm -rf /', resolution: 100, mode: 'Color' }, never),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await scanPage({ device: 'test:0', resolution: 5000, mode: 'Color' }, never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('parses scanimage -L', () => {
    expect(
      parseScannerList("device `hpaio:/usb/Deskjet?serial=CN1' is a HP Deskjet all-in-one\nnoise\n"),
    ).toEqual([{ device: 'hpaio:/usb/Deskjet?serial=CN1', description: 'HP Deskjet all-in-one' }]);
  });
});

describe('the watched scan folder', () => {
  it('takes each new scan once, whole, after the scanner software has finished writing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onewindow-scans-'));
    writeFileSync(join(dir, 'old-scan.png'), 'old');
    const pages: FolderPage[] = [];
    const watcher = watchScanFolder({ dir, settleMs: 150, onPage: (p) => pages.push(p) });
    try {
      writeFileSync(join(dir, 'notes.txt'), 'not a scan');
      writeFileSync(join(dir, 'scan-001.pdf'), '%PDF-1.7\n');
      await new Promise((r) => setTimeout(r, 50));
      appendFileSync(join(dir, 'scan-001.pdf'), 'page two…\n%%EOF\n');
      writeFileSync(join(dir, 'SCAN-002.JPG'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
      await expect
        .poll(() => pages.map((p) => p.name).sort(), { timeout: 5000 })
        .toEqual(['SCAN-002.JPG', 'scan-001.pdf']);
      const pdf = pages.find((p) => p.name === 'scan-001.pdf');
      expect(pdf?.mime).toBe('application/pdf');
      expect(new TextDecoder().decode(pdf?.bytes)).toBe('%PDF-1.7\npage two…\n%%EOF\n');
      expect(pages.find((p) => p.name === 'SCAN-002.JPG')?.mime).toBe('image/jpeg');
    } finally {
      watcher.close();
    }
    expect(pages.map((p) => p.name)).not.toContain('old-scan.png');
  });
});
