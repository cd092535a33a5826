import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatabaseOpenError, errorText, type Database } from './database';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export type OpenDatabaseOptions = {
  /** postgres://user:password@host:port/database — when set, PostgreSQL is used. */
  url?: string | undefined;
  /** PGlite data folder (created if missing); 'memory://' keeps it in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL only: the schema every pooled connection uses (search_path), e.g. one per test. */
  schema?: string | undefined;
};

export const DEFAULT_DATA_DIR = '.data/server';
export const MEMORY_DATA_DIR = 'memory://';

/**
 * PostgreSQL when `url` is set (checked with one round trip, so a bad URL fails here, in words),
 * else PGlite in `dataDir` (default .data/server under the working directory), locked against a
 * second process opening the same folder.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.url?.trim();
  if (url) return openPostgres(url, options.schema);
  const dataDir = options.dataDir?.trim() || DEFAULT_DATA_DIR;
  if (dataDir === MEMORY_DATA_DIR) return openPglite(undefined);
  try {
    mkdirSync(resolve(dataDir), { recursive: true });
  } catch (cause) {
    throw new DatabaseOpenError(`无法创建数据目录 ${dataDir}：${errorText(cause)}`, { cause });
  }
  return openPglite(dataDir);
}
