import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../server/main';
import { ServerStartError } from '../../../server/start-server';
import { openTestDatabase, type TestDatabase } from '../../support/database';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.close();
});

describe('startServer', () => {
  it('listens on a real port and answers health and the catalog over HTTP', async () => {
    const server = await startServer({ db, port: 0, host: '127.0.0.1', demo: true });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      const health = await (await fetch(`${server.url}/api/v1/health`)).json();
      expect(health).toMatchObject({ ok: true, value: { status: 'ok', database: db.kind } });
      const catalog = await (await fetch(`${server.url}/api/v1/catalog`)).json();
      expect(catalog.value.version).toBe('2026.1');
      expect(catalog.value.catalog.items).toHaveLength(32);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
    // The database was lent, not given: it stays open for its owner.
    expect(await db.query('select 1 as one')).toEqual([{ one: 1 }]);
  });

  it('says so in words when the port is taken', async () => {
    const first = await startServer({ db, port: 0, demo: false });
    try {
      const error = await startServer({ db, port: first.port, demo: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerStartError);
      expect((error as Error).message).toContain(`端口 ${first.port} 已被占用`);
    } finally {
      await first.close();
    }
  });

  it('reads PORT, HOST, the data folder and ONEWINDOW_NO_DEMO from the environment', async () => {
    const server = await startServer({
      env: { PORT: '0', HOST: '127.0.0.1', ONEWINDOW_DATA_DIR: 'memory://', ONEWINDOW_NO_DEMO: '1' },
    });
    try {
      expect(server.db.kind).toBe('pglite');
      const reply = await fetch(`${server.url}/api/v1/catalog`);
      expect(reply.status).toBe(404);
      expect((await reply.json()).error.code).toBe('catalog-version-not-found');
    } finally {
      await server.close();
    }
  });

  it('refuses a PORT that is not a port number', async () => {
    await expect(startServer({ db, env: { PORT: '43x' } })).rejects.toThrow(/PORT 无效/);
  });
});
