import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEvent, type UnsealedCaseEvent } from '../../../../shared/domain';
import { EventFactory } from '../../../support/case-events';
import { closeDemoServer, openDemoServer } from '../../../support/demo-server';
import type { TestDatabase } from '../../../support/database';
import { enrollThroughApi, type Enrolled } from './helpers';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

function push(device: Enrolled, events: unknown[]) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: device.headers,
    payload: { deviceId: device.deviceId, events },
  });
}

async function pullAll(device: Enrolled, cursor = '0') {
  const events: Array<{ serverSeq: number; event: { id: string } }> = [];
  for (;;) {
    const reply = await app.inject({
      method: 'GET',
      url: `/api/v1/sync/pull?cursor=${cursor}&limit=3`,
      headers: device.headers,
    });
    expect(reply.statusCode).toBe(200);
    const value = reply.json().value;
    events.push(...value.events);
    cursor = value.cursor;
    if (!value.more) return { events, cursor, reference: value.reference };
  }
}

describe('POST /api/v1/sync/push', () => {
  it('stores a batch, acks through its last seq, and acks a retry again without storing twice', async () => {
    const device = await enrollThroughApi(app, db, 'dev-push-1');
    const f = new EventFactory(device.deviceId);
    const reg = f.register();
    const batch = [reg, f.note(reg.caseId), f.note(reg.caseId, '第二条')];
    const first = await push(device, batch);
    expect(first.statusCode).toBe(200);
    expect(first.json().value).toEqual({ ackedThroughSeq: 3, stored: 3, rejected: [] });
    const again = await push(device, batch);
    expect(again.json().value).toEqual({ ackedThroughSeq: 3, stored: 0, rejected: [] });
    const [count] = await db.query<{ n: number }>(
      'select count(*)::int as n from events where device_id = $1',
      [device.deviceId],
    );
    expect(count?.n).toBe(3);
    const [projection] = await db.query<{ status: string; case_number: string }>(
      'select status, case_number from cases where case_id = $1',
      [reg.caseId],
    );
    expect(projection).toEqual({ status: 'registered', case_number: 'W01-20261124-0001' });
  });

  it('refuses a gap with 409 and the expected seq, storing nothing of the batch', async () => {
    const device = await enrollThroughApi(app, db, 'dev-gap');
    const f = new EventFactory(device.deviceId);
    const reg = f.register();
    expect((await push(device, [reg])).statusCode).toBe(200);
    const second = f.note(reg.caseId);
    const third = f.note(reg.caseId);
    const reply = await push(device, [third]);
    expect(reply.statusCode).toBe(409);
    expect(reply.json().error).toMatchObject({ code: 'device-seq-gap', expectedSeq: 2 });
    expect((await push(device, [second, third])).json().value.ackedThroughSeq).toBe(3);
  });

  it('refuses the same id with other content (409) and keeps the original', async () => {
    const device = await enrollThroughApi(app, db, 'dev-conflict');
    const f = new EventFactory(device.deviceId);
    const reg = f.register();
    const note = f.note(reg.caseId, '原文');
    await push(device, [reg, note]);
    // Changed content with its own new hash, and changed content under the old hash: both refused.
    const { hash: _old, ...unsealed } = { ...note, payload: { text: '改过' } };
    for (const forged of [sealEvent(unsealed as UnsealedCaseEvent), { ...note, payload: { text: '改过' } }]) {
      const reply = await push(device, [forged]);
      expect(reply.statusCode).toBe(409);
      expect(reply.json().error).toMatchObject({ code: 'event-conflict', eventId: note.id });
    }
    const [row] = await db.query<{ payload: unknown }>('select payload from events where id = $1', [note.id]);
    expect(row?.payload).toEqual({ text: '原文' });
  });

  it('stores a poison event as rejected with its reason and lets later events through', async () => {
    const device = await enrollThroughApi(app, db, 'dev-poison');
    const f = new EventFactory(device.deviceId);
    const reg = f.register();
    const bad = f.poison(reg.caseId);
    const later = f.note(reg.caseId, '后续');
    const reply = await push(device, [reg, bad, later]);
    expect(reply.statusCode).toBe(200);
    const value = reply.json().value;
    expect(value.ackedThroughSeq).toBe(3);
    expect(value.rejected).toHaveLength(1);
    expect(value.rejected[0].id).toBe(bad.id);
    expect(value.rejected[0].reasons.join()).toContain('代办员');
    const rejected = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/rejected',
      headers: device.headers,
    });
    expect(rejected.json().value.events.map((e: { id: string }) => e.id)).toContain(bad.id);
    const { events } = await pullAll(device);
    const ids = events.map((e) => e.event.id);
    expect(ids).toContain(later.id);
    expect(ids).not.toContain(bad.id);
  });

  it('refuses events of another device and oversize batches with their codes', async () => {
    const device = await enrollThroughApi(app, db, 'dev-mine');
    const other = new EventFactory('dev-someone-else');
    const mismatch = await push(device, [other.register()]);
    expect(mismatch.statusCode).toBe(403);
    expect(mismatch.json().error.code).toBe('device-mismatch');
    const f = new EventFactory(device.deviceId);
    const reg = f.register();
    const many = [reg, ...Array.from({ length: 500 }, () => f.note(reg.caseId))];
    const tooMany = await push(device, many);
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().error.code).toBe('batch-too-large');
  });
});

describe('GET /api/v1/sync/pull', () => {
  it('pages through the hall in server order, and a village room sees only its own cases', async () => {
    const window = await enrollThroughApi(app, db, 'dev-pull-w');
    const village = await enrollThroughApi(app, db, 'dev-pull-v', { kind: 'village', counterCode: 'V01' });
    const before = await pullAll(window);
    const fw = new EventFactory(window.deviceId);
    const fv = new EventFactory(village.deviceId, { windowCode: 'V01', actor: 'KFQ5001' });
    const a = fw.register();
    const b = fv.register();
    await push(window, [a, fw.note(a.caseId)]);
    await push(village, [b]);
    const seenByWindow = await pullAll(window, before.cursor);
    expect(seenByWindow.events.map((e) => e.event.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    const seqs = seenByWindow.events.map((e) => e.serverSeq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    const seenByVillage = await pullAll(village);
    expect(seenByVillage.events.map((e) => e.event.id)).toEqual([b.id]);
    expect(seenByWindow.reference.catalog).toBe('2026.1');
    const nothingNew = await pullAll(window, seenByWindow.cursor);
    expect(nothingNew.events).toEqual([]);
  });
});
