import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../../server/db/database';
import { openDatabase } from '../../../server/db/open-database';
import { openTestDatabase, testDatabaseUrl, type TestDatabase } from '../../support/database';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
  await db.exec('create table notes (id serial primary key, text text not null)');
});

afterAll(async () => {
  await db.close();
});

async function notes(): Promise<string[]> {
  const rows = await db.query<{ text: string }>('select text from notes order by id');
  return rows.map((row) => row.text);
}

describe('Database', () => {
  it('is PostgreSQL when DATABASE_URL is set, else PGlite', () => {
    expect(db.kind).toBe(testDatabaseUrl() === undefined ? 'pglite' : 'postgres');
  });

  it('commits a transaction as a whole', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query('insert into notes (text) values ($1)', ['one']);
      await tx.query('insert into notes (text) values ($1)', ['two']);
      return 'done';
    });
    expect(value).toBe('done');
    expect(await notes()).toEqual(['one', 'two']);
  });

  it('rolls a transaction back whole when its function throws, and rethrows', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into notes (text) values ($1)', ['lost']);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into notes (text) values ($1)', ['lost too']);
        await tx.query('insert into notes (text) values (null)');
      }),
    ).rejects.toThrow();
    expect(await notes()).toEqual(['one', 'two']);
  });

  it('runs every statement of a transaction on one connection, inside one transaction', async () => {
    const seen = await db.transaction(async (tx) => {
      const rows: { xid: number; pid: number }[] = [];
      for (let i = 0; i < 5; i += 1) {
        const [row] = await tx.query<{ xid: number; pid: number }>(
          'select txid_current() as xid, pg_backend_pid() as pid',
        );
        if (row) rows.push(row);
      }
      return rows;
    });
    expect(new Set(seen.map((row) => row.xid)).size).toBe(1);
    expect(new Set(seen.map((row) => row.pid)).size).toBe(1);
  });

  it('keeps concurrent transactions apart', async () => {
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        db
          .transaction(async (tx) => {
            await tx.query('insert into notes (text) values ($1)', [`${name}-kept?`]);
            if (name === 'b') throw new Error('b fails');
          })
          .catch(() => 'failed'),
      ),
    );
    const texts = await notes();
    expect(texts).toContain('a-kept?');
    expect(texts).toContain('c-kept?');
    expect(texts).not.toContain('b-kept?');
  });

  it('returns the same values on both engines: int8 as number, timestamptz as Date, jsonb, text[]', async () => {
    const [row] = await db.query<Record<string, unknown>>(
      `select 42::int8 as small, 9007199254740993::int8 as huge, count(*) as count,
              '2026-03-02T01:02:03Z'::timestamptz as at, $1::jsonb as json, $2::text[] as list
         from notes`,
      [JSON.stringify([{ a: 1 }, '二']), ['x', '一']],
    );
    expect(row).toEqual({
      small: 42,
      huge: 9007199254740993n,
      count: expect.any(Number),
      at: new Date('2026-03-02T01:02:03Z'),
      json: [{ a: 1 }, '二'],
      list: ['x', '一'],
    });
  });
});

describe('openDatabase', () => {
  it('refuses a DATABASE_URL that is not postgres://, without echoing its password', async () => {
    const error = await openDatabase({ url: 'mysql://user:hunter2@db/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toContain('DATABASE_URL');
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('says in words when PostgreSQL cannot be reached', async () => {
    const error = await openDatabase({ url: 'postgres://ow:hunter2@127.0.0.1:1/ow' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/无法连接 PostgreSQL 127\.0\.0\.1:1\/ow：.*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('refuses a schema name that could not be used safely in search_path', async () => {
    await expect(openDatabase({ url: 'postgres://h/db', schema: 'x; drop' })).rejects.toThrow(
      DatabaseOpenError,
    );
  });
});
