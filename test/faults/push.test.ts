import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySyncStore } from '../../renderer/sync/memory-sync-store';
import { createSyncEngine } from '../../renderer/sync/sync-engine';
import type { SyncTransport } from '../../renderer/sync/transport';
import { sealEvent, type CaseEvent, type UnsealedCaseEvent } from '../../shared/domain';
import { EventFactory } from '../support/case-events';
import { CentralProcess, type Enrolled } from './support/central';
import { expectConverged, syncUntilQuiet } from './support/converge';

// Faults between a counter and the REAL central server process (issue 5, "Done when").
let central: CentralProcess;
let observer: Enrolled;

beforeAll(async () => {
  central = await CentralProcess.start();
  observer = await central.enroll('dev-observer');
});
afterAll(async () => central?.stop());

function device(id: string, options: ConstructorParameters<typeof EventFactory>[1] = {}) {
  const store = new MemorySyncStore(id);
  const f = new EventFactory(id, options);
  return { store, f };
}

function rawPush(enrolled: Enrolled, events: unknown[]) {
  return fetch(`${central.url}/api/v1/sync/push`, {
    method: 'POST',
    headers: { ...central.headers(enrolled.credential), 'content-type': 'application/json' },
    body: JSON.stringify({ deviceId: enrolled.deviceId, events }),
  });
}

describe('faults against the real server process', () => {
  it('a response dropped after the commit: the client retries and the server acks again, storing once', async () => {
    const enrolled = await central.enroll('dev-drop');
    const { store, f } = device('dev-drop');
    const reg = f.register();
    store.record([reg, f.note(reg.caseId), f.note(reg.caseId)]);
    let drops = 1;
    const lossy: SyncTransport = {
      ...enrolled.transport,
      push: async (request) => {
        const reply = await enrolled.transport.push(request); // committed on the server…
        if (drops-- > 0)
          return { ok: false, error: { kind: 'offline', code: 'network', message: '连接中断' } };
        return reply; // …but the answer is lost once
      },
    };
    const engine = createSyncEngine({ store, transport: lossy });
    expect((await engine.syncOnce()).ok).toBe(false);
    expect(store.outbox.size).toBe(3);
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    await expectConverged(central, observer, [store]);
  });

  it('a batch replayed concurrently is stored once and every copy is acked', async () => {
    const enrolled = await central.enroll('dev-replay');
    const { store, f } = device('dev-replay');
    const reg = f.register();
    const batch = [reg, ...Array.from({ length: 20 }, () => f.note(reg.caseId))];
    store.record(batch);
    const replies = await Promise.all(Array.from({ length: 6 }, () => rawPush(enrolled, batch)));
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(200));
    const acks = await Promise.all(
      replies.map(
        async (r) => ((await r.json()) as { value: { ackedThroughSeq: number } }).value.ackedThroughSeq,
      ),
    );
    expect(acks).toEqual(Array(6).fill(21));
    await syncUntilQuiet(store, enrolled);
    await expectConverged(central, observer, [store]);
  });

  it('the same event id with changed content is refused with 409 and the original kept', async () => {
    const enrolled = await central.enroll('dev-changed');
    const { store, f } = device('dev-changed');
    const reg = f.register();
    const note = f.note(reg.caseId, '原始备注');
    store.record([reg, note]);
    await syncUntilQuiet(store, enrolled);
    const { hash: _hash, ...rest } = { ...note, payload: { text: '篡改后的备注' } };
    const changed = sealEvent(rest as UnsealedCaseEvent) as CaseEvent;
    const reply = await rawPush(enrolled, [changed]);
    expect(reply.status).toBe(409);
    expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('event-conflict');
    const { accepted } = await central.everything(observer);
    expect(accepted.find((p) => p.event.id === note.id)?.event.payload).toEqual({ text: '原始备注' });
    await expectConverged(central, observer, [store]);
  });

  it('a deviceSeq gap is refused with 409 and the client does not advance; filling it lets all through', async () => {
    const enrolled = await central.enroll('dev-gap');
    const { store, f } = device('dev-gap');
    const reg = f.register();
    const events = [reg, f.note(reg.caseId), f.note(reg.caseId), f.note(reg.caseId)];
    store.record(events);
    const missing = store.outbox.get(2);
    store.outbox.delete(2);
    const engine = createSyncEngine({ store, transport: enrolled.transport });
    expect(await engine.syncOnce()).toMatchObject({ ok: false, error: { code: 'device-seq-gap' } });
    // Seq 1 went up in an earlier batch only if the batch was split; here one batch: nothing stored.
    expect([...store.outbox.keys()].sort()).toEqual([1, 3, 4]);
    if (missing) store.outbox.set(2, missing);
    expect((await engine.syncOnce()).ok).toBe(true);
    await expectConverged(central, observer, [store]);
  });

  it('a poison event is stored as rejected with its reason and the events after it flow', async () => {
    const enrolled = await central.enroll('dev-poison');
    const { store, f } = device('dev-poison');
    const reg = f.register();
    const poison = f.poison(reg.caseId);
    const after = [f.note(reg.caseId, '之后一'), f.note(reg.caseId, '之后二')];
    store.record([reg, poison, ...after]);
    await syncUntilQuiet(store, enrolled);
    expect(store.rejected.get(poison.id)?.reasons.join()).toContain('无权');
    const { accepted, rejected } = await central.everything(observer);
    expect(rejected.map((r) => r.id)).toContain(poison.id);
    expect(accepted.map((p) => p.event.id)).toEqual(expect.arrayContaining(after.map((e) => e.id)));
    await expectConverged(central, observer, [store]);
  });

  it('devices whose clocks are a day apart both sync, their timestamps kept as written', async () => {
    const ahead = await central.enroll('dev-ahead');
    const behind = await central.enroll('dev-behind');
    const a = device('dev-ahead', { clockOffsetMs: 86_400_000 });
    const b = device('dev-behind', { clockOffsetMs: -86_400_000 });
    const ra = a.f.register();
    const rb = b.f.register();
    a.store.record([ra, a.f.note(ra.caseId)]);
    b.store.record([rb, b.f.note(rb.caseId)]);
    await syncUntilQuiet(a.store, ahead);
    await syncUntilQuiet(b.store, behind);
    await syncUntilQuiet(a.store, ahead); // a pulls b's events too
    expect(a.store.events.get(rb.id)?.at).toBe(rb.at);
    expect(rb.at.slice(0, 10)).toBe('2026-11-23');
    expect(ra.at.slice(0, 10)).toBe('2026-11-25');
    await expectConverged(central, observer, [a.store, b.store]);
  });

  it('a revoked device is refused at once and keeps its unsent events', async () => {
    const enrolled = await central.enroll('dev-revoked');
    const { store, f } = device('dev-revoked');
    const reg = f.register();
    store.record([reg]);
    await syncUntilQuiet(store, enrolled);
    await central.revoke('dev-revoked');
    store.record([f.note(reg.caseId, '停用后记录')]);
    const result = await createSyncEngine({ store, transport: enrolled.transport }).syncOnce();
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth', code: 'device-revoked', status: 403 } });
    expect(store.outbox.size).toBe(1);
    const pull = await enrolled.transport.pull('0');
    expect(pull).toMatchObject({ ok: false, error: { code: 'device-revoked' } });
  });

  it('a reload between the local write and the push loses nothing (a new engine, the same store)', async () => {
    const enrolled = await central.enroll('dev-reload');
    const { store, f } = device('dev-reload');
    const reg = f.register();
    store.record([reg, f.note(reg.caseId)]);
    // The first page never pushed: its engine is dropped without a pass (the tab reloaded).
    createSyncEngine({ store, transport: enrolled.transport });
    await syncUntilQuiet(store, enrolled);
    await expectConverged(central, observer, [store]);
  });
});
