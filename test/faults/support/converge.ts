import { expect } from 'vitest';
import type { MemorySyncStore } from '../../../renderer/sync/memory-sync-store';
import { createSyncEngine } from '../../../renderer/sync/sync-engine';
import type { CentralProcess, Enrolled } from './central';

/** Syncs a device until a pass succeeds (the "once quiet" of the issue). */
export async function syncUntilQuiet(store: MemorySyncStore, device: Enrolled, passes = 5): Promise<void> {
  const engine = createSyncEngine({ store, transport: device.transport });
  for (let i = 0; i < passes; i++) {
    const result = await engine.syncOnce();
    if (result.ok) return;
  }
  throw new Error(`device ${device.deviceId} did not get quiet`);
}

/**
 * No loss and no duplicate: every event of every device is on the server exactly once (accepted,
 * with the same hash, or rejected), no outbox holds anything, and nothing accepted is doubled.
 */
export async function expectConverged(
  central: CentralProcess,
  observer: Enrolled,
  stores: readonly MemorySyncStore[],
): Promise<void> {
  const { accepted, rejected } = await central.everything(observer);
  const ids = accepted.map((p) => p.event.id);
  expect(new Set(ids).size).toBe(ids.length);
  const byId = new Map(accepted.map((p) => [p.event.id, p.event.hash]));
  const rejectedIds = new Set(rejected.map((r) => r.id));
  for (const store of stores) {
    expect(store.outbox.size).toBe(0);
    const own = [...store.events.values()].filter(
      (e) => e.deviceId === (store as unknown as { id: string }).id,
    );
    for (const event of own) {
      if (rejectedIds.has(event.id)) continue;
      expect(byId.get(event.id), `event ${event.deviceSeq} of ${event.deviceId}`).toBe(event.hash);
    }
  }
}
