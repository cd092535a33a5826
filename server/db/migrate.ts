import { readdirSync, readFileSync } from 'node:fs';
import { errorText, type Database, type Queryable } from './database';

/** A file server/db/migrations/NNNN-name.sql: version NNNN, applied once, in version order. */
export type Migration = { version: number; name: string; sql: string };

export type MigrateResult = { applied: Migration[]; schemaVersion: number };

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const FILE_NAME = /^(\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.sql$/;

/** The schema cannot be brought to this program's version (bad files, or a newer database). */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Reads the migration files next to this module; a misnamed or duplicate file is an error, not skipped. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new MigrationError(`迁移文件名不合规：${file}（应为 NNNN-name.sql）`);
      }
      return { version: Number(match[1]), name: match[2], sql: readFileSync(new URL(file, dir), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version === 0 || migration.version === migrations[index - 1]?.version) {
      throw new MigrationError(`迁移版本号无效或重复：${String(migration.version).padStart(4, '0')}`);
    }
  });
  return migrations;
}

/** The latest migration of this program: what /health reports once `migrate` has run. */
export function latestMigrationVersion(migrations: readonly Migration[] = loadMigrations()): number {
  return migrations.at(-1)?.version ?? 0;
}

/**
 * Brings the schema up to date: each pending migration runs in its own transaction together with
 * its row in schema_migrations, so a crash leaves it wholly applied or not at all, and a restart
 * carries on. Several servers starting at once on one PostgreSQL queue on an advisory lock (per
 * schema) and re-check under it, so each migration runs exactly once.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = loadMigrations(),
): Promise<MigrateResult> {
  const latest = latestMigrationVersion(migrations);
  await db.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.exec(`
      create table if not exists schema_migrations (
        version    integer primary key,
        name       text not null,
        applied_at timestamptz not null default now()
      )`);
    const current = await readSchemaVersion(tx);
    if (current > latest) {
      throw new MigrationError(
        `数据库结构版本 ${current} 高于本程序支持的 ${latest}：请升级中心服务 — database schema is newer than this server`,
      );
    }
  });
  const applied: Migration[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await lockMigrations(tx);
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (done.length > 0) return false;
      try {
        await tx.exec(migration.sql);
      } catch (cause) {
        const label = `${String(migration.version).padStart(4, '0')}-${migration.name}`;
        throw new MigrationError(`迁移 ${label} 执行失败：${errorText(cause)}`, { cause });
      }
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (ran) applied.push(migration);
  }
  return { applied, schemaVersion: await readSchemaVersion(db) };
}

/** The highest applied migration, 0 on an empty database. */
export async function readSchemaVersion(db: Queryable): Promise<number> {
  const exists = await db.query<{ present: boolean }>(
    `select to_regclass('schema_migrations') is not null as present`,
  );
  if (!exists[0]?.present) return 0;
  const rows = await db.query<{ version: number | null }>(
    'select max(version) as version from schema_migrations',
  );
  return rows[0]?.version ?? 0;
}

/** Held until the transaction ends; keyed by schema so that separate schemas do not wait on each other. */
async function lockMigrations(tx: Queryable): Promise<void> {
  await tx.query(
    `select pg_advisory_xact_lock(hashtext('onewindow.migrate:' || coalesce(current_schema(), '')))`,
  );
}
