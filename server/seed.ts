import { demoCatalog } from '../shared/catalog';
import type { Database } from './db/database';

export type SeedResult = { seeded: boolean; version: string };

/**
 * Publishes the demo hall's catalog (十堰经开区, version 2026.1, 32 items) on a database that has
 * no catalog yet, so that a fresh server is usable at once. Never touches a database that has one:
 * a real hall's catalog is not overwritten by a restart. Safe when several servers start at once.
 * `version` is the demo's version, whether or not this call published it.
 */
export async function seedDemo(db: Database): Promise<SeedResult> {
  const rows = await db.query(
    `insert into catalog_versions (version, content)
     select $1, $2::jsonb where not exists (select 1 from catalog_versions)
     on conflict (version) do nothing returning version`,
    [demoCatalog.catalogVersion, JSON.stringify(demoCatalog)],
  );
  return { seeded: rows.length > 0, version: demoCatalog.catalogVersion };
}
