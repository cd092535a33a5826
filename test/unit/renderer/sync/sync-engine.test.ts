import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../../shared/domain';
import type { PulledEvent, PushRequest } from '../../../../shared/sync';
import { MemorySyncStore } from '../../../../renderer/sync/memory-sync-store';
import { backoffDelay, createSyncEngine } from '../../../../renderer/sync/sync-engine';
import type { SyncTransport, TransportFailure, TransportResult } from '../../../../renderer/sync/transport';
import { EventFactory } from '../../../support/case-events';

/** A fake central server with the protocol's rules: ids idempotent, gaps refused, one log. */
class FakeServer {
  readonly log: PulledEvent[] = [];
  readonly lastSeq = new Map<string, number>();
  readonly blobs = new Set<string>();
  readonly calls: string[] = [];
  /** Responses to lose after the commit (the client sees a network error). */
  dropNext = 0;
  down = false;

  transport(): SyncTransport {
    const offline: TransportFailure = { kind: 'offline', code: 'network', message: 'down' };
    return {
      push: async (
        request: PushRequest,
      ): Promise<TransportResult<{ ackedThroughSeq: number; stored: number; rejected: [] }>> => {
        this.calls.push(`push ${(request.events as CaseEvent[]).map((e) => e.deviceSeq).join(',')}`);
        if (this.down) return { ok: false, error: offline };
        const events = request.events as CaseEvent[];
        let last = this.lastSeq.get(request.deviceId) ?? 0;
        const fresh: CaseEvent[] = [];
        for (const e of events) {
          if (this.log.some((p) => p.event.id === e.id)) continue;
          if (e.deviceSeq !== last + 1)
            return {
              ok: false,
              error: { kind: 'conflict', code: 'device-seq-gap', message: 'gap', expectedSeq: last + 1 },
            };
          last = e.deviceSeq;
          fresh.push(e);
        }
        for (const e of fresh) this.log.push({ serverSeq: this.log.length + 1, event: e });
        this.lastSeq.set(request.deviceId, last);
        if (this.dropNext > 0) {
          this.dropNext -= 1;
          return { ok: false, error: offline };
        }
        return { ok: true, value: { ackedThroughSeq: last, stored: fresh.length, rejected: [] } };
      },
      pull: async (cursor) => {
        if (this.down) return { ok: false, error: offline };
        const from = Number(cursor);
        const page = this.log.filter((p) => p.serverSeq > from).slice(0, 2);
        const next = page.at(-1)?.serverSeq ?? from;
        return {
          ok: true,
          value: {
            events: page,
            cursor: String(next),
            more: next < this.log.length,
            reference: { catalog: '2026.1', hall: 'h' },
          },
        };
      },
      putBlob: async (sha) => {
        this.calls.push(`blob ${sha.slice(0, 4)}`);
        if (this.down) return { ok: false, error: offline };
        this.blobs.add(sha);
        return { ok: true, value: { sha256: sha, size: 1, stored: 'created' } };
      },
    };
  }
}

function deviceWith(n: number, id = 'dev-a') {
  const store = new MemorySyncStore(id);
  const f = new EventFactory(id);
  const reg = f.register();
  store.record([reg, ...Array.from({ length: n - 1 }, () => f.note(reg.caseId))]);
  return { store, f, caseId: reg.caseId };
}

describe('the sync engine', () => {
  it('pushes the outbox in deviceSeq order in batches and empties it only after the acks', async () => {
    const server = new FakeServer();
    const { store } = deviceWith(7);
    const engine = createSyncEngine({ store, transport: server.transport(), batchEvents: 3 });
    const result = await engine.syncOnce();
    expect(result).toMatchObject({ ok: true, pushed: 7 });
    expect(server.calls).toEqual(['push 1,2,3', 'push 4,5,6', 'push 7']);
    expect(store.outbox.size).toBe(0);
  });

  it('keeps every event queued while the server is down, and sends them once it is back', async () => {
    const server = new FakeServer();
    const { store } = deviceWith(3);
    server.down = true;
    const reports: unknown[] = [];
    const engine = createSyncEngine({
      store,
      transport: server.transport(),
      onReport: (r) => reports.push(r),
    });
    const failed = await engine.syncOnce();
    expect(failed).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect(store.outbox.size).toBe(3);
    expect(reports).toContainEqual(expect.objectContaining({ online: false }));
    server.down = false;
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 3 });
    expect(server.log).toHaveLength(3);
  });

  it('counts the cases waiting to go up, not their events', async () => {
    const server = new FakeServer();
    const { store, f } = deviceWith(4);
    const other = f.register();
    store.record([other, f.note(other.caseId)]);
    server.down = true;
    const reports: Array<{ waitingCases?: number; waitingEvents?: number }> = [];
    const engine = createSyncEngine({
      store,
      transport: server.transport(),
      onReport: (r) => reports.push(r),
    });
    await engine.syncOnce();
    expect(reports).toContainEqual(expect.objectContaining({ waitingCases: 2, waitingEvents: 6 }));
    server.down = false;
    await engine.syncOnce();
    expect(reports.filter((r) => r.waitingCases !== undefined).at(-1)?.waitingCases).toBe(0);
  });

  it('retries a batch whose answer was lost after the commit: acked again, stored once', async () => {
    const server = new FakeServer();
    const { store } = deviceWith(4);
    server.dropNext = 1;
    const engine = createSyncEngine({ store, transport: server.transport() });
    expect((await engine.syncOnce()).ok).toBe(false);
    expect(store.outbox.size).toBe(4); // not marked synced without an ack
    expect((await engine.syncOnce()).ok).toBe(true);
    expect(server.log).toHaveLength(4);
    expect(new Set(server.log.map((p) => p.event.id)).size).toBe(4);
    expect(store.outbox.size).toBe(0);
  });

  it('uploads the blobs a batch names before the batch itself', async () => {
    const server = new FakeServer();
    const store = new MemorySyncStore('dev-b');
    const f = new EventFactory('dev-b');
    const reg = f.register();
    const sha = 'ab'.repeat(32);
    store.addBlob(sha, new Uint8Array([1, 2, 3]));
    store.record([reg, f.note(reg.caseId, '扫描件', { blobs: [sha] })]);
    await createSyncEngine({ store, transport: server.transport() }).syncOnce();
    expect(server.calls).toEqual(['blob abab', 'push 1,2']);
    expect(store.blobOutbox.size).toBe(0);
  });

  it('does not advance past a deviceSeq gap and says so', async () => {
    const server = new FakeServer();
    const { store } = deviceWith(3);
    store.outbox.delete(2); // a hole in the outbox (a damaged local database)
    const engine = createSyncEngine({ store, transport: server.transport() });
    const result = await engine.syncOnce();
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'device-seq-gap', expectedSeq: 2 },
    });
    expect([...store.outbox.keys()]).toEqual([1, 3]);
  });

  it('pulls every page from the stored cursor; its own events come back without duplicates', async () => {
    const server = new FakeServer();
    const a = deviceWith(3, 'dev-a');
    const b = deviceWith(2, 'dev-b');
    await createSyncEngine({ store: a.store, transport: server.transport() }).syncOnce();
    await createSyncEngine({ store: b.store, transport: server.transport() }).syncOnce();
    await createSyncEngine({ store: a.store, transport: server.transport() }).syncOnce();
    expect(a.store.events.size).toBe(5);
    expect(await a.store.cursor()).toBe('5');
    expect(b.store.events.size).toBe(5);
  });

  it('waits with exponential backoff and jitter between retries', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffDelay(4, 1000, 60_000, () => 1)).toBe(8000);
    expect(backoffDelay(20, 1000, 60_000, () => 0.5)).toBe(45_000);
  });
});
