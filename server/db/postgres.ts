import pg from 'pg';
import {
  DatabaseOpenError,
  errorText,
  parseInt8,
  type Database,
  type Queryable,
  type SqlParams,
} from './database';

const INT8_OID = 20;
/** Plain names only: they go unquoted into the connection's `-c search_path=…` option. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * PostgreSQL through a pg.Pool. A transaction checks one client out of the pool and keeps it
 * from BEGIN to COMMIT/ROLLBACK: statements on other pooled clients would not be part of it.
 */
export async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new DatabaseOpenError(`数据库 schema 名称无效：${schema}（只允许小写字母、数字和下划线）`);
  }
  const where = describeUrl(url);
  if (where === undefined) {
    throw new DatabaseOpenError(
      `DATABASE_URL 无效：应形如 postgres://用户:密码@主机:5432/数据库 — invalid DATABASE_URL (${maskUrl(url)})`,
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 10_000,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server (a restart) must not crash the process; the next query
  // gets a fresh connection or a clear error.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL 空闲连接出错：${errorText(error)}`));
  try {
    await pool.query('select 1');
  } catch (cause) {
    await pool.end().catch(() => undefined); // the connect error above is the one worth reporting
    throw new DatabaseOpenError(`无法连接 PostgreSQL ${where}：${errorText(cause)}`, { cause });
  }
  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    description: `PostgreSQL: ${where}`,
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('BEGIN');
        const value = await fn(queryable(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError; // the connection is unusable: destroy it instead of pooling it
        });
        throw error;
      } finally {
        client.release(broken === undefined ? undefined : toError(broken));
      }
    },
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends object>(sql: string, params: SqlParams = []) {
      const result = await target.query<T & pg.QueryResultRow>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

/** "host:port/database" for messages and logs: never the password. */
function describeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') return undefined;
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(默认数据库)';
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
  } catch {
    return undefined; // not a URL at all (or a malformed %-escape): the caller says so
  }
}

function maskUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
