import type { CaseEvent } from '../../shared/domain';
import type { PulledEvent, Rejection } from '../../shared/sync';

/** What waits to go up: events, the cases they belong to (what an officer counts), scans. */
export interface Backlog {
  events: number;
  cases: number;
  blobs: number;
}

/**
 * The engine's view of the device's storage (Dexie in the app, memory in tests and benchmarks).
 * Every method is one atomic step: the engine can be stopped between any two calls — a crash, a
 * reload — and the next engine carries on from what the store says.
 */
export interface SyncStore {
  /** The device id of the outbox's events. */
  deviceId(): Promise<string>;
  /** This device's events not yet acknowledged, in deviceSeq order, at most `limit`. */
  pendingEvents(limit: number): Promise<CaseEvent[]>;
  /** Blobs not yet on the server. */
  pendingBlobs(): Promise<string[]>;
  /** The bytes of a blob held here; undefined when this device does not have it. */
  readBlob(sha256: string): Promise<Uint8Array | undefined>;
  /** The server holds this blob now (it answered the upload). */
  blobUploaded(sha256: string): Promise<void>;
  /**
   * The server committed every event of this device through `throughSeq`: they leave the outbox.
   * `rejected` are kept beside them, for the officer and supervisor to see.
   */
  acknowledge(throughSeq: number, rejected: readonly Rejection[]): Promise<void>;
  /** Where the next pull starts ('0' before the first). */
  cursor(): Promise<string>;
  /**
   * Stores pulled events (skipping those held; this device's own come back too), their server
   * order, the cases' projections, and the new cursor — in ONE transaction, so a crash never
   * keeps a cursor past events it did not store.
   */
  applyPulled(events: readonly PulledEvent[], cursor: string): Promise<{ added: number }>;
  /** Events and blobs waiting to go up, and how many cases the events are of. */
  backlog(): Promise<Backlog>;
}
