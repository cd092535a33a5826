import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  latestMigrationVersion,
  loadMigrations,
  migrate,
  MigrationError,
  readSchemaVersion,
} from '../../../server/db/migrate';
import { openTestDatabase, type TestDatabase } from '../../support/database';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.close();
});

async function tables(): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = current_schema() order by 1`,
  );
  return rows.map((row) => row.name);
}

const EVENT = `insert into events (id, case_id, device_id, device_seq, actor, at, type, payload, hash)
  values ($1, '0190a6c8-0000-7000-8000-0000000000ca', 'device-1', $2, 'officer-1', '2026-11-24T09:30:00+08:00',
          'registered', '{}'::jsonb, repeat('a', 64))`;

describe('migrate', () => {
  it('creates the schema on an empty database and records each migration', async () => {
    expect(await readSchemaVersion(db)).toBe(0);
    const result = await migrate(db);
    expect(result.applied.map((m) => m.version)).toEqual(loadMigrations().map((m) => m.version));
    expect(result.schemaVersion).toBe(latestMigrationVersion());
    expect(await tables()).toEqual(
      expect.arrayContaining(['catalog_versions', 'events', 'halls', 'schema_migrations']),
    );
  });

  it('is idempotent: a second run applies nothing and records nothing twice', async () => {
    const again = await migrate(db);
    expect(again.applied).toEqual([]);
    const rows = await db.query<{ version: number; count: number }>(
      'select version, count(*) as count from schema_migrations group by version order by version',
    );
    expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, count: 1 })));
  });

  it('runs each migration once when two servers start at the same time', async () => {
    const fresh = await openTestDatabase();
    try {
      const other = await fresh.connectAgain();
      const [first, second] = await Promise.all([migrate(fresh), migrate(other)]);
      expect(first.applied.length + second.applied.length).toBe(loadMigrations().length);
      const rows = await fresh.query<{ count: number }>('select count(*) as count from schema_migrations');
      expect(rows[0]?.count).toBe(loadMigrations().length);
    } finally {
      await fresh.close();
    }
  });

  it('rolls a failing migration back whole and does not record it', async () => {
    const broken = {
      version: 9000,
      name: 'broken',
      sql: 'create table half_done (id int); select * from missing_table;',
    };
    const error = await migrate(db, [...loadMigrations(), broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain('9000-broken');
    expect(await tables()).not.toContain('half_done');
    expect(await readSchemaVersion(db)).toBe(latestMigrationVersion());
  });

  it('refuses to run on a database migrated by a newer server', async () => {
    await db.query(`insert into schema_migrations (version, name) values (9999, 'from-the-future')`);
    try {
      await expect(migrate(db)).rejects.toThrow(/高于本程序支持的/);
    } finally {
      await db.query('delete from schema_migrations where version = 9999');
    }
  });

  it('keeps each device sequence number unique in the event log', async () => {
    await db.query(EVENT, ['0190a6c8-0000-7000-8000-000000000001', 1]);
    await expect(db.query(EVENT, ['0190a6c8-0000-7000-8000-000000000002', 1])).rejects.toThrow();
    const [row] = await db.query<{ server_seq: number; at: string; blobs: string[]; rejected: boolean }>(
      'select server_seq, at, blobs, rejected from events',
    );
    // `at` comes back exactly as the device wrote it: the event hash covers that string.
    expect(row).toEqual({
      server_seq: expect.any(Number),
      at: '2026-11-24T09:30:00+08:00',
      blobs: [],
      rejected: false,
    });
  });

  it('stores only a lowercase 64-digit hex hash', async () => {
    const insert = (seq: number, hash: string) =>
      db.query(EVENT.replace("repeat('a', 64)", '$3'), [
        `0190a6c8-0000-7000-8000-${String(seq).padStart(12, '0')}`,
        seq,
        hash,
      ]);
    const good = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    await insert(10, good);
    for (const [seq, bad] of [
      [11, good.toUpperCase()],
      [12, good.slice(1)],
      [13, `${good}0`],
      [14, `${good.slice(1)}g`],
      [15, `${good.slice(2)}é`],
    ] as const)
      await expect(insert(seq, bad), bad).rejects.toThrow(/events_hash_check/);
  });
});

describe('loadMigrations', () => {
  function folder(files: string[]): URL {
    const dir = mkdtempSync(join(tmpdir(), 'ow-migrations-'));
    for (const file of files) writeFileSync(join(dir, file), 'select 1;');
    return pathToFileURL(`${dir}/`);
  }

  it('orders the files by version', () => {
    const migrations = loadMigrations(folder(['0002-second.sql', '0001-first.sql', 'README.md']));
    expect(migrations.map((m) => `${m.version}-${m.name}`)).toEqual(['1-first', '2-second']);
  });

  it('refuses a misnamed or duplicate file instead of skipping it', () => {
    expect(() => loadMigrations(folder(['0001-first.sql', '2_second.sql']))).toThrow(MigrationError);
    expect(() => loadMigrations(folder(['0001-first.sql', '0001-again.sql']))).toThrow(/重复/);
  });
});
