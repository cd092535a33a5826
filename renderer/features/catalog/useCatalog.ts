import { useLiveQuery } from 'dexie-react-hooks';
import type { Catalog } from '../../../shared/catalog';
import { currentCatalog } from '../../db/catalog-repository';
import { db } from '../../db/schema';

/** The current catalog from Dexie; `undefined` while loading, `null` when none was ever received. */
export function useCatalog(): Catalog | null | undefined {
  return useLiveQuery(async () => (await currentCatalog(db)) ?? null, []);
}
