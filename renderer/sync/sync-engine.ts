import type { CaseEvent } from '../../shared/domain';
import { CLIENT_PUSH_BYTES, CLIENT_PUSH_EVENTS, type ReferenceVersions } from '../../shared/sync';
import type { Backlog, SyncStore } from './sync-store';
import type { SyncTransport, TransportFailure } from './transport';

/** What the engine tells the UI; each report carries only what changed. */
export type EngineReport = {
  phase?: 'idle' | 'pushing' | 'pulling' | 'waiting' | 'stopped';
  /** True after any answer from the server, false after a pass found it unreachable. */
  online?: boolean;
  waitingEvents?: number;
  /** The cases those events are of: what the header counts (an intake is several events). */
  waitingCases?: number;
  waitingBlobs?: number;
  /** A long backlog going up: done of total events in this pass. */
  progress?: { done: number; total: number } | undefined;
  lastSuccessAt?: number;
  lastError?: TransportFailure | undefined;
  nextRetryAt?: number | undefined;
};

export type PassResult =
  | { ok: true; pushed: number; pulled: number }
  | { ok: false; pushed: number; pulled: number; error: TransportFailure };

export type PokeReason = 'local' | 'online' | 'stream';

export interface SyncEngineOptions {
  store: SyncStore;
  transport: SyncTransport;
  onReport?: (report: EngineReport) => void;
  /** Reference data versions from each pull (the app refreshes the catalog / hall when they change). */
  onReference?: (versions: ReferenceVersions) => void;
  random?: () => number;
  now?: () => number;
  timers?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
  batchEvents?: number;
  batchBytes?: number;
  /** Backoff after a failure: base × 2^attempt, capped, with jitter (half to full). */
  backoff?: { baseMs: number; maxMs: number };
  /** While running and idle, pull this often even without a stream message. */
  pollMs?: number;
}

export interface SyncEngine {
  /** One pass: blobs and events up until the outbox is empty, then pull until caught up. */
  syncOnce(): Promise<PassResult>;
  /** Runs passes in the background: now, after each poke, on a timer, with backoff after failures. */
  start(): void;
  stop(): void;
  poke(reason: PokeReason): void;
  readonly running: boolean;
}

/** Delay before retry `attempt` (1, 2, …): exponential with "equal jitter", so devices spread out. */
export function backoffDelay(attempt: number, base: number, max: number, random: () => number): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * The sync client (ARCHITECTURE.md "Sync protocol"), over a SyncStore and a SyncTransport:
 * - pushes the outbox in deviceSeq order, in batches, each batch's blobs uploaded first;
 * - removes events from the outbox only after the server's ack (an ack means committed);
 * - on any failure stops the pass without advancing; the next pass starts from the store;
 * - pulls from the stored cursor until caught up, the store applying each page atomically.
 * It never throws into the UI: every failure becomes a report and a retry.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { store, transport } = options;
  const report = options.onReport ?? (() => undefined);
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  const batchEvents = options.batchEvents ?? CLIENT_PUSH_EVENTS;
  const batchBytes = options.batchBytes ?? CLIENT_PUSH_BYTES;
  const backoff = options.backoff ?? { baseMs: 1000, maxMs: 60_000 };
  const pollMs = options.pollMs ?? 30_000;

  let current: Promise<PassResult> | undefined;
  let again = false;
  let active = false;
  let timer: unknown;
  let attempt = 0;
  let backingOff = false;

  async function reportBacklog(): Promise<Backlog> {
    const backlog = await store.backlog();
    report({ waitingEvents: backlog.events, waitingCases: backlog.cases, waitingBlobs: backlog.blobs });
    return backlog;
  }

  async function uploadBlobs(shas: readonly string[]): Promise<TransportFailure | undefined> {
    for (const sha of shas) {
      const bytes = await store.readBlob(sha);
      // Not held here: nothing to send (another device made it, or it was never stored).
      if (bytes === undefined) continue;
      const put = await transport.putBlob(sha, bytes);
      if (!put.ok) return put.error;
      await store.blobUploaded(sha);
    }
    return undefined;
  }

  function takeBatch(events: readonly CaseEvent[]): CaseEvent[] {
    const batch: CaseEvent[] = [];
    let bytes = 0;
    for (const event of events) {
      const size = JSON.stringify(event).length;
      if (batch.length > 0 && bytes + size > batchBytes) break;
      batch.push(event);
      bytes += size;
    }
    return batch;
  }

  async function pushAll(): Promise<{ pushed: number; error?: TransportFailure }> {
    const start = await reportBacklog();
    let pushed = 0;
    const total = start.events;
    for (;;) {
      const pending = await store.pendingEvents(batchEvents);
      if (pending.length === 0) break;
      report({ phase: 'pushing', progress: total > batchEvents ? { done: pushed, total } : undefined });
      const batch = takeBatch(pending);
      const waiting = new Set(await store.pendingBlobs());
      const needed = [...new Set(batch.flatMap((e) => e.blobs))].filter((sha) => waiting.has(sha));
      const blobError = await uploadBlobs(needed);
      if (blobError) return { pushed, error: blobError };
      const reply = await transport.push({ deviceId: await store.deviceId(), events: batch });
      if (!reply.ok) return { pushed, error: reply.error };
      const first = batch[0]?.deviceSeq ?? 0;
      if (reply.value.ackedThroughSeq < first) {
        // The server says it holds less than this batch although it answered 200: never advance on that.
        return {
          pushed,
          error: { kind: 'fatal', code: 'ack-behind', message: '中心服务的确认序号落后于本批事件' },
        };
      }
      await store.acknowledge(reply.value.ackedThroughSeq, reply.value.rejected);
      pushed += batch.filter((e) => e.deviceSeq <= reply.value.ackedThroughSeq).length;
      report({ progress: total > batchEvents ? { done: Math.min(pushed, total), total } : undefined });
      await reportBacklog();
    }
    // Blobs no pending event refers to (their events went up earlier, or none yet).
    const rest = await uploadBlobs(await store.pendingBlobs());
    if (rest) return { pushed, error: rest };
    await reportBacklog();
    return { pushed };
  }

  async function pullAll(): Promise<{ pulled: number; error?: TransportFailure }> {
    let pulled = 0;
    report({ phase: 'pulling' });
    for (;;) {
      const reply = await transport.pull(await store.cursor());
      if (!reply.ok) return { pulled, error: reply.error };
      const { added } = await store.applyPulled(reply.value.events, reply.value.cursor);
      pulled += added;
      options.onReference?.(reply.value.reference);
      if (!reply.value.more) return { pulled };
    }
  }

  async function pass(): Promise<PassResult> {
    try {
      const up = await pushAll();
      if (up.error) return fail(up.pushed, 0, up.error);
      const down = await pullAll();
      if (down.error) return fail(up.pushed, down.pulled, down.error);
      report({
        phase: 'idle',
        online: true,
        lastSuccessAt: now(),
        lastError: undefined,
        progress: undefined,
      });
      return { ok: true, pushed: up.pushed, pulled: down.pulled };
    } catch (error) {
      // The local database failed (quota, a closed connection): reported, retried like the network.
      const message = error instanceof Error ? error.message : String(error);
      return fail(0, 0, { kind: 'retry', code: 'local-storage', message: `本机数据库出错：${message}` });
    }
  }

  function fail(pushed: number, pulled: number, error: TransportFailure): PassResult {
    report({ online: error.kind !== 'offline', lastError: error, progress: undefined });
    return { ok: false, pushed, pulled, error };
  }

  function syncOnce(): Promise<PassResult> {
    if (current) {
      again = true;
      return current;
    }
    const run = (async () => {
      let result = await pass();
      while (again && result.ok) {
        again = false;
        result = await pass();
      }
      again = false;
      return result;
    })();
    current = run.finally(() => {
      current = undefined;
    });
    return current;
  }

  function schedule(ms: number): void {
    if (!active) return;
    if (timer !== undefined) timers.clear(timer);
    timer = timers.set(() => {
      timer = undefined;
      void tick();
    }, ms);
  }

  async function tick(): Promise<void> {
    if (!active) return;
    const result = await syncOnce();
    if (!active) return;
    if (result.ok) {
      attempt = 0;
      backingOff = false;
      report({ nextRetryAt: undefined });
      schedule(pollMs);
      return;
    }
    if (result.error.kind === 'auth') {
      active = false;
      report({ phase: 'stopped', nextRetryAt: undefined });
      return;
    }
    attempt += 1;
    backingOff = true;
    const max =
      result.error.kind === 'fatal' || result.error.kind === 'conflict' ? backoff.maxMs * 5 : backoff.maxMs;
    const delay = backoffDelay(attempt, backoff.baseMs, max, random);
    report({ phase: 'waiting', nextRetryAt: now() + delay });
    schedule(delay);
  }

  return {
    syncOnce,
    start() {
      if (active) return;
      active = true;
      attempt = 0;
      schedule(0);
    },
    stop() {
      active = false;
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      report({ phase: 'stopped' });
    },
    poke(reason) {
      if (!active) return;
      // A local write during backoff waits for the retry; coming back online or a stream message
      // means the server is reachable now.
      if (reason === 'local' && backingOff) {
        void reportBacklog().catch(() => undefined);
        return;
      }
      if (reason !== 'local') attempt = 0;
      if (current) {
        again = true;
        return;
      }
      schedule(0);
    },
    get running() {
      return active;
    },
  };
}
