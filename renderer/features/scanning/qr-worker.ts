/// <reference lib="webworker" />
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { qrRequestSchema, type QrReply } from './qr-detector';

/**
 * The QR decoder of the camera window (see qr-detector.ts): one frame at a time, drawn on an
 * OffscreenCanvas and read by zxing-wasm. The wasm comes from the app's assets, never from the
 * package's default CDN.
 */
declare const self: DedicatedWorkerGlobalScope;

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) =>
      path.endsWith('.wasm') ? new URL(wasmUrl, self.location.href).href : prefix + path,
  },
});

let canvas: OffscreenCanvas | undefined;

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = qrRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { id, frame } = request.data;
  void (async (): Promise<QrReply> => {
    try {
      if (!canvas || canvas.width !== frame.width || canvas.height !== frame.height)
        canvas = new OffscreenCanvas(frame.width, frame.height);
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return { id, error: 'no 2d context' };
      context.drawImage(frame, 0, 0);
      const image = context.getImageData(0, 0, frame.width, frame.height);
      const [found] = await readBarcodes(image, {
        formats: ['QRCode'],
        maxNumberOfSymbols: 1,
        tryHarder: true,
      });
      return found?.isValid ? { id, text: found.text } : { id };
    } catch (error) {
      return { id, error: error instanceof Error ? error.message : String(error) };
    } finally {
      frame.close();
    }
  })().then((reply) => self.postMessage(reply));
});
