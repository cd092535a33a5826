import { useLiveQuery } from 'dexie-react-hooks';
import { db, type BlobRow } from '../../db/schema';
import { pagesByHash } from './page-repository';

/** The stored pages named by `hashes`, live, in that order. */
export function usePages(hashes: readonly string[]): BlobRow[] {
  const key = hashes.join(',');
  return useLiveQuery(() => pagesByHash(db, hashes), [key]) ?? [];
}
