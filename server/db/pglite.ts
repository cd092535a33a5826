import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { DatabaseOpenError, errorText, type Database, type Queryable, type SqlParams } from './database';

/**
 * Embedded PostgreSQL (WASM). One connection, so queries run one at a time; `transaction` holds
 * PGlite's own transaction mutex, so no other caller's statement can land inside it.
 * `dataDir` undefined = in memory.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const release = dataDir === undefined ? () => {} : lockDataDir(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir ?? 'memory://');
  } catch (cause) {
    release();
    throw new DatabaseOpenError(`无法打开 PGlite 数据目录 ${dataDir ?? '(内存)'}：${errorText(cause)}`, {
      cause,
    });
  }
  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    description: `PGlite: ${dataDir ?? '内存 memory'}`,
    ...queryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    close() {
      closing ??= pg.close().finally(release);
      return closing;
    },
  };
}

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T extends object>(sql: string, params: SqlParams = []) {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}
