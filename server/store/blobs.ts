import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

/** Stores a blob under its sha256 once; a second upload of the same bytes changes nothing. */
export async function saveBlob(
  db: Queryable,
  sha256: string,
  bytes: Uint8Array,
): Promise<'created' | 'existing'> {
  const rows = await db.query(
    `insert into blobs (sha256, bytes, size) values ($1, $2, $3) on conflict (sha256) do nothing returning sha256`,
    [sha256, bytes, bytes.byteLength],
  );
  return rows.length > 0 ? 'created' : 'existing';
}

export async function blobSize(db: Queryable, sha256: string): Promise<number | undefined> {
  const [row] = await db.query<{ size: number }>('select size from blobs where sha256 = $1', [sha256]);
  return row?.size;
}

export async function readBlob(db: Queryable, sha256: string): Promise<Uint8Array | undefined> {
  const [row] = await db.query<{ bytes: Uint8Array }>('select bytes from blobs where sha256 = $1', [sha256]);
  return row?.bytes;
}

export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
