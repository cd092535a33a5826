import type { CaseEvent } from '../../shared/domain';
import type { PulledEvent, Rejection } from '../../shared/sync';
import type { Backlog, SyncStore } from './sync-store';

/**
 * A SyncStore in memory: a device without IndexedDB (fault and property tests, benchmarks, a
 * headless client). Its state survives the engine: dropping an engine and making a new one over
 * the same store is a crash and restart of the app with its database intact.
 */
export class MemorySyncStore implements SyncStore {
  /** Every event held, own and pulled, by id. */
  readonly events = new Map<string, CaseEvent>();
  /** Server order of the events that came back from a pull. */
  readonly serverSeq = new Map<string, number>();
  readonly outbox = new Map<number, CaseEvent>();
  readonly blobs = new Map<string, Uint8Array>();
  readonly blobOutbox = new Set<string>();
  readonly rejected = new Map<string, Rejection>();
  private cursorValue = '0';

  constructor(private readonly id: string) {}

  /** What recordEvents does on a real device: the events and their outbox rows, together. */
  record(events: readonly CaseEvent[]): void {
    for (const event of events) {
      this.events.set(event.id, event);
      this.outbox.set(event.deviceSeq, event);
    }
  }

  /** A scan kept here and queued for upload. */
  addBlob(sha256: string, bytes: Uint8Array): void {
    this.blobs.set(sha256, bytes);
    this.blobOutbox.add(sha256);
  }

  deviceId(): Promise<string> {
    return Promise.resolve(this.id);
  }

  pendingEvents(limit: number): Promise<CaseEvent[]> {
    const seqs = [...this.outbox.keys()].sort((a, b) => a - b).slice(0, limit);
    return Promise.resolve(
      seqs.map((s) => this.outbox.get(s)).filter((e): e is CaseEvent => e !== undefined),
    );
  }

  pendingBlobs(): Promise<string[]> {
    return Promise.resolve([...this.blobOutbox]);
  }

  readBlob(sha256: string): Promise<Uint8Array | undefined> {
    return Promise.resolve(this.blobs.get(sha256));
  }

  blobUploaded(sha256: string): Promise<void> {
    this.blobOutbox.delete(sha256);
    return Promise.resolve();
  }

  acknowledge(throughSeq: number, rejected: readonly Rejection[]): Promise<void> {
    for (const seq of [...this.outbox.keys()]) if (seq <= throughSeq) this.outbox.delete(seq);
    for (const r of rejected) this.rejected.set(r.id, r);
    return Promise.resolve();
  }

  cursor(): Promise<string> {
    return Promise.resolve(this.cursorValue);
  }

  applyPulled(events: readonly PulledEvent[], cursor: string): Promise<{ added: number }> {
    let added = 0;
    for (const { serverSeq, event } of events) {
      if (!this.events.has(event.id)) {
        this.events.set(event.id, event);
        added += 1;
      }
      this.serverSeq.set(event.id, serverSeq);
    }
    this.cursorValue = cursor;
    return Promise.resolve({ added });
  }

  backlog(): Promise<Backlog> {
    const cases = new Set([...this.outbox.values()].map((e) => e.caseId)).size;
    return Promise.resolve({ events: this.outbox.size, cases, blobs: this.blobOutbox.size });
  }
}
