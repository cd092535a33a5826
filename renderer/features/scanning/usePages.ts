import { useLiveQuery } from 'dexie-react-hooks';
import { db, type BlobRow } from '../../db/schema';
import { pagesByHash } from './page-repository';

/**
 * The stored pages named by `hashes`, live, by hash; undefined while loading. A page this device
 * does not hold (a case pulled from the server) has no entry, but keeps its place in the list.
 */
export function usePages(hashes: readonly string[]): ReadonlyMap<string, BlobRow> | undefined {
  const key = hashes.join(',');
  return useLiveQuery(
    async () => new Map((await pagesByHash(db, hashes)).map((row) => [row.sha256, row])),
    [key],
  );
}
