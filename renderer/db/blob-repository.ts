import { hallDateTime } from '../../shared/domain';
import type { CounterDb } from './schema';

/** sha256 hex of bytes, with WebCrypto (browser and Electron renderer alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Keeps a scan or photo by its content hash and queues it for upload, in one transaction; the same
 * bytes stored twice are one blob. Returns the hash that events name in `blobs`.
 */
export async function storeBlob(db: CounterDb, bytes: Uint8Array, mime: string): Promise<string> {
  const sha256 = await sha256Hex(bytes);
  await db.transaction('rw', [db.blobs, db.$blobOutbox], async () => {
    if (await db.blobs.get(sha256)) return;
    const createdAt = hallDateTime(Date.now());
    await db.blobs.add({
      sha256,
      mime,
      size: bytes.byteLength,
      data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }),
      createdAt,
    });
    await db.$blobOutbox.put({ sha256, queuedAt: createdAt });
  });
  return sha256;
}
