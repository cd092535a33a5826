import type { Catalog } from '../../shared/catalog';
import type { CounterDb } from './schema';

const CURRENT_CATALOG = 'catalog.current';

/** Stores a published catalog version and makes it current, in one transaction. */
export async function saveCatalog(
  db: CounterDb,
  version: string,
  content: Catalog,
  receivedAt: string,
): Promise<void> {
  await db.transaction('rw', db.catalogs, db.$syncState, async () => {
    await db.catalogs.put({ version, content, receivedAt });
    await db.$syncState.put({ key: CURRENT_CATALOG, value: version });
  });
}

export async function currentCatalogVersion(db: CounterDb): Promise<string | undefined> {
  const row = await db.$syncState.get(CURRENT_CATALOG);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function currentCatalog(db: CounterDb): Promise<Catalog | undefined> {
  const version = await currentCatalogVersion(db);
  if (version === undefined) return undefined;
  return (await db.catalogs.get(version))?.content;
}
