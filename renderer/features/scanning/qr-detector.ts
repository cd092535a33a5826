import { z } from 'zod';

/**
 * QR codes from the document camera's preview, read by zxing-wasm (ZXing C++ as WebAssembly) in
 * a worker (qr-worker.ts), so decoding never holds up the page: the camera window hands over a
 * frame (an ImageBitmap, transferred, scaled down to at most READ_WIDTH) and asks for the next only
 * when the worker has answered. The wasm is one of the app's own assets (no CDN: a village
 * room reads codes offline). Works in every Chromium, desktop Linux included, where the
 * browser's BarcodeDetector does not exist.
 */

/** Frames wider than this are scaled down first: a QR code held under the camera stays readable. */
export const READ_WIDTH = 1280;

export const qrRequestSchema = z.object({ id: z.number().int(), frame: z.instanceof(ImageBitmap) });
export type QrRequest = z.infer<typeof qrRequestSchema>;
export const qrReplySchema = z.union([
  z.object({ id: z.number().int(), text: z.string().max(4096).optional() }),
  z.object({ id: z.number().int(), error: z.string().max(500) }),
]);
export type QrReply = z.infer<typeof qrReplySchema>;

export type QrRead = { kind: 'text'; text: string } | { kind: 'none' } | { kind: 'failed'; reason: string };

export interface QrReader {
  /** Reads the video's current frame; 'none' when no code is in view. */
  read(video: HTMLVideoElement): Promise<QrRead>;
  close(): void;
}

/** The size a frame is read at: its own, or scaled to READ_WIDTH wide. */
export function readSize(width: number, height: number): { width: number; height: number } {
  if (width <= READ_WIDTH) return { width, height };
  return { width: READ_WIDTH, height: Math.round((height * READ_WIDTH) / width) };
}

/** A reader with its own worker, or undefined where the browser has no workers or WebAssembly. */
export function createQrReader(): QrReader | undefined {
  if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') return undefined;
  const worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module', name: 'qr' });
  const waiting = new Map<number, (read: QrRead) => void>();
  let next = 0;
  let broken: string | undefined;

  const settleAll = (read: QrRead) => {
    for (const resolve of waiting.values()) resolve(read);
    waiting.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const reply = qrReplySchema.safeParse(event.data);
    if (!reply.success) return;
    const resolve = waiting.get(reply.data.id);
    waiting.delete(reply.data.id);
    if ('error' in reply.data) resolve?.({ kind: 'failed', reason: reply.data.error });
    else resolve?.(reply.data.text ? { kind: 'text', text: reply.data.text } : { kind: 'none' });
  });
  worker.addEventListener('error', (event) => {
    broken = event.message || 'worker failed';
    settleAll({ kind: 'failed', reason: broken });
  });

  return {
    async read(video) {
      if (broken) return { kind: 'failed', reason: broken };
      if (video.readyState < 2 || video.videoWidth === 0) return { kind: 'none' };
      const size = readSize(video.videoWidth, video.videoHeight);
      const frame = await createImageBitmap(video, {
        resizeWidth: size.width,
        resizeHeight: size.height,
        resizeQuality: 'medium',
      });
      const id = next++;
      return new Promise<QrRead>((resolve) => {
        waiting.set(id, resolve);
        const request: QrRequest = { id, frame };
        worker.postMessage(request, [frame]);
      });
    },
    close() {
      settleAll({ kind: 'none' });
      worker.terminate();
    },
  };
}
