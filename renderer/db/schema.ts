import { Dexie, type EntityTable } from 'dexie';
import type { Catalog } from '../../shared/catalog';

/** A catalog version as published by the central server; a case keeps the version it was accepted under. */
export interface CatalogRow {
  version: string;
  receivedAt: string;
  content: Catalog;
}

/** Internal key-value rows: sync cursors and which reference-data versions are current. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/**
 * The one Dexie schema of the counter. Never edit a published version's stores: add a new
 * version with its upgrade, and a test for it (IndexedDB on a window PC outlives every update).
 */
export class CounterDb extends Dexie {
  catalogs!: EntityTable<CatalogRow, 'version'>;
  $syncState!: EntityTable<SyncStateRow, 'key'>;

  constructor(name = 'onewindow') {
    super(name);
    this.version(1).stores({
      catalogs: 'version, receivedAt',
      $syncState: 'key',
    });
  }
}

export const db = new CounterDb();
