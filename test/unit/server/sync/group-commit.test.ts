import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../server/db/database';
import {
  createEnrollmentCode,
  enrollDevice,
  findDeviceByCredential,
  type Device,
} from '../../../../server/store/devices';
import { highWaterMark, readPull } from '../../../../server/store/pull';
import { appendBatches, parseBatch } from '../../../../server/store/push';
import { PushCommitter } from '../../../../server/sync/push-committer';
import { applyEvent, type CaseEvent, type CaseState } from '../../../../shared/domain';
import { HttpError } from '../../../../server/http/errors';
import { EventFactory } from '../../../support/case-events';
import type { TestDatabase } from '../../../support/database';
import { closeDemoServer, openDemoServer } from '../../../support/demo-server';

// Group commit and the narrowed locks of the push (server/store/push.ts): several batches in one
// transaction, each all or nothing; concurrent pushes never let a pull cursor skip a row, and a
// case pushed to from two devices at once ends as the fold of its events in server order.
// On PostgreSQL (`npm run test:pg`) the concurrent cases really run in parallel transactions.
let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

/** Enrolls through the store (the enroll route is rate limited; its own tests cover it). */
async function enrolledDevice(id: string): Promise<{ device: Device }> {
  const { code } = await createEnrollmentCode(db, { kind: 'window', counterCode: 'W01' });
  const { credential } = await enrollDevice(db, { code, deviceId: id });
  const device = await findDeviceByCredential(db, credential);
  if (!device) throw new Error('device not found');
  return { device };
}

function batch(device: Device, events: CaseEvent[]) {
  return { device, events: parseBatch(device, events) };
}

async function storedIds(deviceId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    'select id::text as id from events where device_id = $1 order by server_seq',
    [deviceId],
  );
  return rows.map((r) => r.id);
}

/** Counts the transactions a database runs, and fails the first `failFirst` of them. */
function countingDatabase(inner: Database, failFirst = 0): Database & { transactions: number } {
  let failures = failFirst;
  const counted = {
    kind: inner.kind,
    description: inner.description,
    transactions: 0,
    query: inner.query.bind(inner),
    exec: inner.exec.bind(inner),
    close: () => Promise.resolve(),
    transaction<T>(fn: Parameters<Database['transaction']>[0]): Promise<T> {
      counted.transactions += 1;
      if (failures-- > 0) return Promise.reject(new Error('connection lost'));
      return inner.transaction(fn) as Promise<T>;
    },
  };
  return counted;
}

describe('appendBatches: several batches in one transaction', () => {
  it('answers each batch as if pushed alone, in order; a refused batch stores nothing and is seen by none', async () => {
    const a = await enrolledDevice('dev-group-a');
    const b = await enrolledDevice('dev-group-b');
    const c = await enrolledDevice('dev-group-c');
    const fa = new EventFactory(a.device.id);
    const fb = new EventFactory(b.device.id);
    const fc = new EventFactory(c.device.id);
    const regA = fa.register();
    const a1 = [regA, fa.note(regA.caseId)];
    const b1 = [fb.register()];
    const a2 = [fa.note(regA.caseId, '第三条')];
    fa.note(regA.caseId); // seq 4 never sent
    const aGap = [fa.note(regA.caseId, '跳号')];
    // c registers a case in a batch refused for a gap; b then writes on that case.
    const regC = fc.register();
    fc.note(regC.caseId); // seq 2 never sent
    const cGap = [regC, fc.note(regC.caseId)];
    const onRefusedCase = [fb.note(regC.caseId, '写在未登记的办件上')];

    const results = await appendBatches(db, [
      batch(a.device, a1),
      batch(b.device, b1),
      batch(a.device, a2),
      batch(a.device, aGap),
      batch(c.device, cGap),
      batch(b.device, b1), // a replay within the group
      batch(b.device, onRefusedCase),
    ]);

    const outcomes = results.map((r) => (r.ok ? r.outcome : undefined));
    expect(outcomes[0]).toMatchObject({ ackedThroughSeq: 2, stored: 2, rejected: [] });
    expect(outcomes[1]).toMatchObject({ ackedThroughSeq: 1, stored: 1, rejected: [] });
    expect(outcomes[2]).toMatchObject({ ackedThroughSeq: 3, stored: 1, rejected: [] });
    for (const refused of [results[3], results[4]]) {
      expect(refused?.ok).toBe(false);
      const error = refused && !refused.ok ? refused.error : undefined;
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).code).toBe('device-seq-gap');
    }
    expect(results[3] && !results[3].ok && (results[3].error as HttpError).details).toEqual({
      expectedSeq: 4,
    });
    expect(outcomes[5]).toMatchObject({ ackedThroughSeq: 1, stored: 0, rejected: [] });
    // The case c tried to register does not exist for b's event: judged, rejected, kept.
    expect(outcomes[6]?.ackedThroughSeq).toBe(2);
    expect(outcomes[6]?.rejected.map((r) => r.id)).toEqual([onRefusedCase[0]?.id]);

    expect(await storedIds(a.device.id)).toEqual([...a1, ...a2].map((e) => e.id));
    expect(await storedIds(c.device.id)).toEqual([]);
    const [noCase] = await db.query<{ n: number }>(
      'select count(*)::int as n from cases where case_id = $1',
      [regC.caseId],
    );
    expect(noCase?.n).toBe(0);
    // server_seq follows the order of the batches.
    const seqs = [outcomes[0], outcomes[1], outcomes[2]].map((o) => o?.highestServerSeq ?? 0);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    const [seq] = await db.query<{ last_seq: number }>(
      'select last_seq from device_seqs where device_id = $1',
      [a.device.id],
    );
    expect(seq?.last_seq).toBe(3);
  });
});

describe('PushCommitter: group commit', () => {
  it('puts the pushes that wait for a busy transaction into the next one, each acked for itself', async () => {
    const devices = await Promise.all(
      Array.from({ length: 12 }, (_, i) => enrolledDevice(`dev-gc-${String(i).padStart(2, '0')}`)),
    );
    const counted = countingDatabase(db);
    const committer = new PushCommitter(counted, { concurrency: 1 });
    const replies = await Promise.all(
      devices.map(({ device }) => committer.push(batch(device, [new EventFactory(device.id).register()]))),
    );
    expect(replies.map((r) => r.ackedThroughSeq)).toEqual(devices.map(() => 1));
    // The first push starts alone at once; the eleven that arrived meanwhile share one transaction.
    expect(counted.transactions).toBe(2);
    for (const { device } of devices) expect(await storedIds(device.id)).toHaveLength(1);
  });

  it('tries each batch alone when a group transaction fails as a whole', async () => {
    const devices = await Promise.all(
      Array.from({ length: 4 }, (_, i) => enrolledDevice(`dev-gc-retry-${i}`)),
    );
    const counted = countingDatabase(db, 2); // the first (alone) and the group's transaction fail
    const committer = new PushCommitter(counted, { concurrency: 1 });
    const pushes = devices.map(({ device }) =>
      committer.push(batch(device, [new EventFactory(device.id).register()])),
    );
    const settled = await Promise.allSettled(pushes);
    expect(settled[0]?.status).toBe('rejected'); // a batch alone: its own failure, retried by its client
    expect(settled.slice(1).map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(await storedIds(devices[0]?.device.id ?? '')).toEqual([]);
    for (const { device } of devices.slice(1)) expect(await storedIds(device.id)).toHaveLength(1);
  });
});

describe('concurrent pushes', () => {
  it('never let a pull cursor skip a committed row, and a shared case ends as the fold in server order', async () => {
    // Each push its own transaction, eight at a time (on PostgreSQL really in parallel).
    const pushers = await Promise.all(Array.from({ length: 8 }, (_, i) => enrolledDevice(`dev-conc-${i}`)));
    const { device: puller } = await enrolledDevice('dev-conc-puller');
    const start = await highWaterMark(db);
    let cursor = start;
    // One case every device writes on; its registration goes first.
    const shared = new EventFactory(pushers[0]?.device.id ?? '');
    const sharedReg = shared.register();
    const first = pushers[0]?.device as Device;
    await appendBatches(db, [batch(first, [sharedReg])]);

    const seen: string[] = [];
    let pushing = true;
    const pullLoop = (async () => {
      for (;;) {
        const done = !pushing;
        const page = await readPull(db, puller, cursor, 50);
        seen.push(...page.events.map((e) => e.event.id));
        cursor = Number(page.cursor);
        if (done && !page.more) return;
        await new Promise((resolve) => setTimeout(resolve, 0)); // a device pulls now and then, not in a spin
      }
    })();
    const rounds = 20;
    const pushed = Promise.all(
      pushers.map(async ({ device }, i) => {
        const f = i === 0 ? shared : new EventFactory(device.id);
        for (let round = 0; round < rounds; round++) {
          const reg = f.register();
          const events = [reg, f.note(reg.caseId)];
          // Every fourth batch also writes on the shared case (the others do not wait for its lock).
          if (round % 4 === i % 4) events.push(f.note(sharedReg.caseId, `设备 ${i} 第 ${round} 批`));
          const [result] = await appendBatches(db, [batch(device, events)]);
          expect(result?.ok).toBe(true);
        }
      }),
    );
    try {
      await pushed;
    } finally {
      pushing = false;
      await pullLoop;
    }

    const all = await db.query<{ id: string }>(
      'select id::text as id from events where not rejected and server_seq > $1 order by server_seq',
      [start],
    );
    expect(seen).toEqual(all.map((r) => r.id));
    expect(all).toHaveLength(1 + 8 * rounds * 2 + (8 * rounds) / 4);

    const events = await db.query<{ event: CaseEvent }>(
      `select json_build_object('id', id::text, 'caseId', case_id::text, 'deviceId', device_id, 'deviceSeq', device_seq,
              'actor', actor, 'at', at, 'type', type, 'payload', payload, 'blobs', blobs, 'hash', hash) as event
       from events where case_id = $1 and not rejected order by server_seq`,
      [sharedReg.caseId],
    );
    expect(events).toHaveLength(1 + (8 * rounds) / 4);
    const folded = events.reduce<CaseState | undefined>(
      (state, row) => applyEvent(state, row.event),
      undefined,
    );
    const [projection] = await db.query<{ state: CaseState }>('select state from cases where case_id = $1', [
      sharedReg.caseId,
    ]);
    expect(projection?.state).toEqual(folded);
  });
});
