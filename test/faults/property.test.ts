import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollmentCode, enrollDevice } from '../../server/store/devices';
import { MemorySyncStore } from '../../renderer/sync/memory-sync-store';
import { createSyncEngine } from '../../renderer/sync/sync-engine';
import { createHttpTransport, type SyncTransport } from '../../renderer/sync/transport';
import type { PushRequest } from '../../shared/sync';
import { EventFactory } from '../support/case-events';
import { closeDemoServer, openDemoServer } from '../support/demo-server';
import type { TestDatabase } from '../support/database';

// Random interleavings of writes, pushes, lost answers, replays, crashes and pulls on three
// devices of one hall; once quiet, the server and every device hold the same events, once each.
let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

/** fetch over app.inject: the real routes, serialisation and status codes, without sockets. */
const injectFetch: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  const reply = await app.inject({
    method: (init?.method ?? 'GET') as 'GET',
    url: url.pathname + url.search,
    headers: init?.headers as Record<string, string>,
    ...(init?.body === undefined || init.body === null ? {} : { payload: init.body as string }),
  });
  return new Response(reply.rawPayload.length > 0 ? new Uint8Array(reply.rawPayload) : null, {
    status: reply.statusCode,
  });
};

type Sim = {
  id: string;
  store: MemorySyncStore;
  f: EventFactory;
  cases: string[];
  transport: SyncTransport;
  lastPush?: PushRequest;
};

type Action =
  | { kind: 'write'; device: number; count: number; newCase: boolean; poison: boolean }
  | { kind: 'sync'; device: number; dropAnswer: boolean; crashAfter: number }
  | { kind: 'replay'; device: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('write' as const),
    device: fc.nat(2),
    count: fc.integer({ min: 1, max: 6 }),
    newCase: fc.boolean(),
    poison: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  }),
  fc.record({
    kind: fc.constant('sync' as const),
    device: fc.nat(2),
    dropAnswer: fc.boolean(),
    crashAfter: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({ kind: fc.constant('replay' as const), device: fc.nat(2) }),
);

let run = 0;

async function makeSims(): Promise<Sim[]> {
  run += 1;
  return Promise.all(
    [0, 1, 2].map(async (i) => {
      const id = `dev-prop-${run}-${i}`;
      const { code } = await createEnrollmentCode(db, { kind: 'window', counterCode: 'W01' });
      const { credential } = await enrollDevice(db, { code, deviceId: id });
      return {
        id,
        store: new MemorySyncStore(id),
        f: new EventFactory(id),
        cases: [],
        transport: createHttpTransport({ serverUrl: 'http://server.test', credential, fetch: injectFetch }),
      };
    }),
  );
}

async function perform(sim: Sim, a: Action): Promise<void> {
  if (a.kind === 'write') {
    if (a.newCase || sim.cases.length === 0) {
      const reg = sim.f.register();
      sim.cases.push(reg.caseId);
      sim.store.record([reg]);
    }
    const caseId = sim.cases.at(-1) ?? '';
    for (let i = 0; i < a.count; i++)
      sim.store.record([a.poison && i === 0 ? sim.f.poison(caseId) : sim.f.note(caseId)]);
    return;
  }
  if (a.kind === 'replay') {
    if (sim.lastPush) await sim.transport.push(sim.lastPush);
    return;
  }
  // A pass whose push answer may be lost after the commit, and which may "crash" (stop answering)
  // after a few calls — the next pass is a new engine over the same store, as after a restart.
  let calls = 0;
  const faulty: SyncTransport = {
    push: async (request) => {
      sim.lastPush = request;
      if (++calls > a.crashAfter && a.crashAfter > 0)
        return { ok: false, error: { kind: 'offline', code: 'crash', message: 'crash' } };
      const reply = await sim.transport.push(request);
      return a.dropAnswer ? { ok: false, error: { kind: 'offline', code: 'lost', message: 'lost' } } : reply;
    },
    pull: async (cursor) => {
      if (++calls > a.crashAfter && a.crashAfter > 0)
        return { ok: false, error: { kind: 'offline', code: 'crash', message: 'crash' } };
      return sim.transport.pull(cursor);
    },
    putBlob: sim.transport.putBlob,
  };
  await createSyncEngine({ store: sim.store, transport: faulty, batchEvents: 4 }).syncOnce();
}

describe('sync under random interleavings', () => {
  it('once quiet, the server and every device hold the same events, each exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 30 }), async (actions) => {
        const sims = await makeSims();
        for (const a of actions) {
          const sim = sims[a.device];
          if (sim) await perform(sim, a);
        }
        for (let round = 0; round < 2; round++)
          for (const sim of sims)
            expect(
              (await createSyncEngine({ store: sim.store, transport: sim.transport }).syncOnce()).ok,
            ).toBe(true);
        const rows = await db.query<{ id: string; hash: string; rejected: boolean }>(
          `select id::text as id, hash, rejected from events where device_id in (select jsonb_array_elements_text($1::jsonb))`,
          [JSON.stringify(sims.map((s) => s.id))],
        );
        expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
        const onServer = new Map(rows.map((r) => [r.id, r]));
        const accepted = rows
          .filter((r) => !r.rejected)
          .map((r) => r.id)
          .sort();
        for (const sim of sims) {
          expect(sim.store.outbox.size).toBe(0);
          const own = [...sim.store.events.values()].filter((e) => e.deviceId === sim.id);
          for (const e of own) expect(onServer.get(e.id)?.hash).toBe(e.hash);
          const held = [...sim.store.events.keys()]
            .filter((id) => onServer.has(id) && !onServer.get(id)?.rejected)
            .sort();
          expect(held).toEqual(accepted);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
