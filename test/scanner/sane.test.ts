import { describe, expect, it } from 'vitest';
import { runBinary } from '../../electron/main/run-binary';
import { listScanners, scanPage } from '../../electron/main/scanner';

// The scan service of Electron main against a REAL SANE device: the `test` backend of sane-utils,
// enabled by scripts/setup-sane.sh. `npm run test:devices` runs this suite (CI does, after the
// setup); it is not part of `npm test`, which must pass on a machine without scanners.

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('SANE scanning (scanimage, test backend)', () => {
  it('lists the test scanners', async () => {
    const scanners = await listScanners(runBinary);
    expect(scanners.map((s) => s.device)).toContain('test:0');
  });

  it('scans a colour page at the requested resolution as PNG', async () => {
    const result = await scanPage({ device: 'test:0', resolution: 100, mode: 'Color' }, runBinary);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.mime).toBe('image/png');
    // The test backend's default area is 80 × 100 mm: at 100 dpi that is 314 × 393 pixels.
    expect(pngSize(result.value.bytes)).toEqual({ width: 314, height: 393 });
    const lowRes = await scanPage({ device: 'test:0', resolution: 50, mode: 'Gray' }, runBinary);
    expect(lowRes.ok && pngSize(lowRes.value.bytes)).toEqual({ width: 157, height: 196 });
  });

  it('says in words when the scanner cannot be found', async () => {
    const result = await scanPage({ device: 'nosuchbackend:0', resolution: 100, mode: 'Color' }, runBinary);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'scan-failed', message: '找不到扫描仪，请检查扫描仪是否开机并已连接' },
    });
  });
});
