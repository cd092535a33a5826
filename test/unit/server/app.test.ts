import type { AddressInfo } from 'node:net';
import { Agent, get } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../shared/catalog';
import { PROTOCOL_VERSION } from '../../../shared/sync';
import { buildServer } from '../../../server/app';
import type { Database } from '../../../server/db/database';
import { latestMigrationVersion, migrate } from '../../../server/db/migrate';
import { seedDemo } from '../../../server/seed';
import { publishCatalog } from '../../../server/store/catalog-versions';
import { openTestDatabase, type TestDatabase } from '../../support/database';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openTestDatabase();
  await migrate(db);
  await seedDemo(db);
  app = buildServer({ db, bodyLimit: 4096 });
  // Stand-ins for the routes that will take bodies (sync push): the limit and the error shape
  // apply to every route, whoever registers it.
  app.post('/test/echo', async (request) => ({ ok: true, value: request.body }));
  app.get('/test/crash', async () => {
    throw new Error('secret internal detail');
  });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await db.close();
});

function expectFailure(body: unknown, code: string): string {
  expect(body).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  return (body as { error: { message: string } }).error.message;
}

describe('GET /api/v1/health', () => {
  it('reports the engine, the migrated schema version and the protocol version', async () => {
    const reply = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(reply.statusCode).toBe(200);
    const body = reply.json();
    expect(body).toEqual({
      ok: true,
      value: {
        status: 'ok',
        database: db.kind,
        schemaVersion: latestMigrationVersion(),
        protocolVersion: PROTOCOL_VERSION,
        time: expect.any(String),
      },
    });
    expect(Math.abs(Date.parse(body.value.time) - Date.now())).toBeLessThan(60_000);
  });

  it('answers 503 in the error shape when the database does not answer', async () => {
    const broken: Database = {
      ...db,
      query: () => Promise.reject(new Error('connection terminated')),
    };
    const unhealthy = buildServer({ db: broken });
    const reply = await unhealthy.inject({ method: 'GET', url: '/api/v1/health' });
    await unhealthy.close();
    expect(reply.statusCode).toBe(503);
    expect(expectFailure(reply.json(), 'internal')).toContain('数据库不可用');
  });
});

describe('GET /api/v1/catalog', () => {
  it('serves the seeded demo catalog from the database: version 2026.1, 32 items', async () => {
    const reply = await app.inject({ method: 'GET', url: '/api/v1/catalog' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-cache');
    const { value } = reply.json();
    expect(value.version).toBe('2026.1');
    expect(Date.parse(value.publishedAt)).not.toBeNaN();
    expect(value.catalog.hall).toBe('十堰经济技术开发区政务服务中心');
    expect(value.catalog.items).toHaveLength(32);
    expect(value.catalog.items[0]).toMatchObject({ code: 'KFQ-SJ-001', name: '食品经营许可（新办）' });
  });

  it('serves a given version, and the newest publication as the current one', async () => {
    await publishCatalog(db, {
      ...demoCatalog,
      catalogVersion: '2026.2',
      items: demoCatalog.items.slice(0, 1),
    });
    const current = (await app.inject({ method: 'GET', url: '/api/v1/catalog' })).json();
    expect(current.value.version).toBe('2026.2');
    expect(current.value.catalog.items).toHaveLength(1);

    const old = await app.inject({ method: 'GET', url: '/api/v1/catalog/2026.1' });
    expect(old.statusCode).toBe(200);
    expect(old.headers['cache-control']).toContain('immutable');
    expect(old.json().value.version).toBe('2026.1');
    expect(old.json().value.catalog.items).toHaveLength(32);
  });

  it('answers 404 catalog-version-not-found for an unknown version', async () => {
    const reply = await app.inject({ method: 'GET', url: '/api/v1/catalog/1999.9' });
    expect(reply.statusCode).toBe(404);
    expect(expectFailure(reply.json(), 'catalog-version-not-found')).toContain('1999.9');
  });

  it('refuses a malformed version with 400 bad-request', async () => {
    const reply = await app.inject({ method: 'GET', url: `/api/v1/catalog/${encodeURIComponent('../etc')}` });
    expect(reply.statusCode).toBe(400);
    expect(expectFailure(reply.json(), 'bad-request')).toContain('目录版本号');
  });
});

describe('errors', () => {
  it('answers an unknown route with 404 not-found in the error shape', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const reply = await app.inject({ method, url: '/api/v1/nothing-here' });
      expect(reply.statusCode, method).toBe(404);
      expect(reply.headers['content-type']).toContain('application/json');
      expect(expectFailure(reply.json(), 'not-found')).toContain('/api/v1/nothing-here');
    }
  });

  it('refuses a body over the limit with 413 payload-too-large', async () => {
    const small = await app.inject({ method: 'POST', url: '/test/echo', payload: { text: 'x'.repeat(100) } });
    expect(small.statusCode).toBe(200);
    const big = await app.inject({ method: 'POST', url: '/test/echo', payload: { text: 'x'.repeat(5000) } });
    expect(big.statusCode).toBe(413);
    expect(expectFailure(big.json(), 'payload-too-large')).toContain('4096');
  });

  it('refuses a body that is not JSON with 400 bad-request', async () => {
    const reply = await app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"unfinished": ',
    });
    expect(reply.statusCode).toBe(400);
    expect(expectFailure(reply.json(), 'bad-request')).toContain('JSON');
  });

  it('answers an unexpected error with 500 internal and keeps its details out of the reply', async () => {
    const reply = await app.inject({ method: 'GET', url: '/test/crash' });
    expect(reply.statusCode).toBe(500);
    expect(expectFailure(reply.json(), 'internal')).not.toContain('secret');
  });

  it('answers a request that arrives while the server stops with 503 in the error shape', async () => {
    const stopping = buildServer({ db });
    let started!: () => void;
    let release!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    stopping.get('/test/slow', async () => {
      started();
      await gate;
      return { ok: true, value: 'finished' };
    });
    await stopping.listen({ port: 0, host: '127.0.0.1' });
    const { port } = stopping.server.address() as AddressInfo;
    // One keep-alive socket: the second request waits on it and reaches the server mid-close.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const request = (path: string) =>
      new Promise<{ status: number | undefined; body: unknown }>((resolve, reject) => {
        get({ host: '127.0.0.1', port, path, agent }, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode, body: JSON.parse(text) }));
        }).on('error', reject);
      });
    const slow = request('/test/slow');
    await handlerStarted;
    const late = request('/api/v1/health');
    const closed = stopping.close();
    // Until the listener is closed, Node may still reap the socket as idle between the two requests.
    while (stopping.server.listening) await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await slow).toEqual({ status: 200, body: { ok: true, value: 'finished' } });
    const refused = await late;
    expect(refused.status).toBe(503);
    expect(expectFailure(refused.body, 'internal')).toContain('正在停止');
    await closed;
    agent.destroy();
  });
});
