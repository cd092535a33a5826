import { hallDateTime } from '../../shared/domain';
import { deviceId } from '../db/case-repository';
import type { CounterDb } from '../db/schema';
import { acknowledgeOutbox, applyPulledPage, pendingOutboxEvents, readCursor } from '../db/sync-repository';
import type { SyncStore } from './sync-store';

/** The SyncStore of the app: the counter's Dexie database. */
export function createDexieSyncStore(db: CounterDb): SyncStore {
  return {
    deviceId: () => deviceId(db),
    pendingEvents: (limit) => pendingOutboxEvents(db, limit),
    pendingBlobs: async () => (await db.$blobOutbox.toCollection().primaryKeys()) as string[],
    async readBlob(sha256) {
      const row = await db.blobs.get(sha256);
      return row ? new Uint8Array(await row.data.arrayBuffer()) : undefined;
    },
    blobUploaded: async (sha256) => {
      await db.$blobOutbox.delete(sha256);
    },
    acknowledge: (throughSeq, rejected) =>
      acknowledgeOutbox(db, throughSeq, rejected, hallDateTime(Date.now())),
    cursor: () => readCursor(db),
    applyPulled: (events, cursor) => applyPulledPage(db, events, cursor),
    backlog: async () => ({
      events: await db.$outbox.count(),
      cases: (await db.$outbox.orderBy('caseId').uniqueKeys()).length,
      blobs: await db.$blobOutbox.count(),
    }),
  };
}
