import { z } from 'zod';

/**
 * QR codes from a camera frame through the browser's BarcodeDetector (Shape Detection API), the
 * only decoder this installation has (no zxing-wasm or jsQR among the packages). Chromium has it
 * on macOS, Windows with the platform decoder, Android and ChromeOS, not on desktop Linux: there
 * `qrDetector()` is undefined and the camera window says to use the barcode gun.
 */

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<unknown>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectionsSchema = z.array(z.object({ rawValue: z.string() }).loose());

let cached: ((source: CanvasImageSource) => Promise<string | undefined>) | null | undefined;

export function qrDetector(): ((source: CanvasImageSource) => Promise<string | undefined>) | undefined {
  if (cached === undefined) {
    const ctor = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
    if (!ctor) cached = null;
    else {
      const detector = new ctor({ formats: ['qr_code'] });
      cached = async (source) => {
        const parsed = detectionsSchema.safeParse(await detector.detect(source).catch(() => []));
        return parsed.success ? parsed.data[0]?.rawValue : undefined;
      };
    }
  }
  return cached ?? undefined;
}
