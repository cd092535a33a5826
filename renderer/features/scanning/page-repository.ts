import { storeBlob } from '../../db/blob-repository';
import type { BlobRow, CounterDb } from '../../db/schema';
import type { ArchivePage } from './page-import';

/**
 * Stores archive pages as blobs (by SHA-256, once; queued for upload) and notes each page's
 * original size beside its blob. Returns the hashes in page order, for an event's `blobs`.
 */
export async function storeArchivePages(db: CounterDb, pages: readonly ArchivePage[]): Promise<string[]> {
  const hashes: string[] = [];
  for (const page of pages) {
    const sha256 = await storeBlob(db, page.bytes, page.mime);
    await db.blobs
      .where('sha256')
      .equals(sha256)
      .filter((row) => row.original === undefined)
      .modify({ original: page.original });
    hashes.push(sha256);
  }
  return hashes;
}

/** The stored pages named by `hashes`, in that order (a page not on this device is left out). */
export async function pagesByHash(db: CounterDb, hashes: readonly string[]): Promise<BlobRow[]> {
  const rows = await db.blobs.bulkGet([...hashes]);
  return rows.filter((row): row is BlobRow => row !== undefined);
}
