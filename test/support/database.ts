import { randomBytes } from 'node:crypto';
import type { Database } from '../../server/db/database';
import { openDatabase } from '../../server/db/open-database';

/** A database of its own for one test file: closing it also throws its data away. */
export type TestDatabase = Database & {
  /** A second connection to the same data (PostgreSQL: another pool; PGlite: the same instance). */
  connectAgain(): Promise<Database>;
};

/** The server suites run on PostgreSQL when DATABASE_URL is set (`npm run test:pg`), else on PGlite. */
export function testDatabaseUrl(): string | undefined {
  const url = process.env['DATABASE_URL']?.trim();
  return url ? url : undefined;
}

/**
 * PostgreSQL: a fresh schema `ow_test_<random>` that every pooled connection uses (search_path),
 * dropped on close, so test files share one database without seeing each other. PGlite: a new
 * in-memory instance (≈ 3–5 s to open: open one per file in beforeAll, not one per test).
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  if (url === undefined) {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { ...delegate(db, () => db.close()), connectAgain: async () => delegate(db, async () => {}) };
  }
  const schema = `ow_test_${randomBytes(6).toString('hex')}`;
  const db = await openDatabase({ url, schema });
  await db.query(`create schema ${schema}`);
  const others: Database[] = [];
  return {
    ...delegate(db, async () => {
      await Promise.all(others.map((other) => other.close()));
      await db.query(`drop schema ${schema} cascade`);
      await db.close();
    }),
    async connectAgain() {
      const other = await openDatabase({ url, schema });
      others.push(other);
      return other;
    },
  };
}

function delegate(db: Database, close: () => Promise<void>): Database {
  return {
    kind: db.kind,
    description: db.description,
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction(fn),
    close,
  };
}
