import { applyEvent, type CaseEvent, type CaseState } from '../../shared/domain';
import type { PulledEvent, Rejection } from '../../shared/sync';
import { caseRow } from './case-repository';
import type { CounterDb } from './schema';

export const CURSOR_KEY = 'sync.cursor';

/** The sync cursor ('0' before the first pull). */
export async function readCursor(db: CounterDb): Promise<string> {
  const row = await db.$syncState.get(CURSOR_KEY);
  return typeof row?.value === 'string' ? row.value : '0';
}

/** This device's events not yet acknowledged, in deviceSeq order. */
export async function pendingOutboxEvents(db: CounterDb, limit: number): Promise<CaseEvent[]> {
  const rows = await db.$outbox.orderBy('deviceSeq').limit(limit).toArray();
  const events = await db.events.bulkGet(rows.map((r) => r.eventId));
  return events.filter((e): e is CaseEvent => e !== undefined);
}

/** The server committed through `throughSeq`: those outbox rows go, rejections are kept. */
export async function acknowledgeOutbox(
  db: CounterDb,
  throughSeq: number,
  rejected: readonly Rejection[],
  at: string,
): Promise<void> {
  await db.transaction('rw', [db.$outbox, db.$rejected], async () => {
    await db.$outbox.where('deviceSeq').belowOrEqual(throughSeq).delete();
    if (rejected.length > 0)
      await db.$rejected.bulkPut(
        rejected.map((r) => ({ eventId: r.id, deviceSeq: r.deviceSeq, reasons: r.reasons, rejectedAt: at })),
      );
  });
}

/**
 * Stores a pulled page in ONE transaction: new events, every event's server order, the refolded
 * projection of each case touched, and the cursor. A case is folded in the server's order, then
 * this device's events the server has not returned yet (in deviceSeq order): the same order the
 * server's projection uses, so both show the same state once synced.
 */
export async function applyPulledPage(
  db: CounterDb,
  page: readonly PulledEvent[],
  cursor: string,
): Promise<{ added: number }> {
  return db.transaction('rw', [db.events, db.cases, db.$serverOrder, db.$syncState], async () => {
    const held = await db.events.bulkGet(page.map((p) => p.event.id));
    const fresh = page.filter((_, i) => held[i] === undefined).map((p) => p.event);
    if (fresh.length > 0) await db.events.bulkAdd(fresh);
    if (page.length > 0)
      await db.$serverOrder.bulkPut(
        page.map((p) => ({ eventId: p.event.id, caseId: p.event.caseId, serverSeq: p.serverSeq })),
      );
    for (const caseId of new Set(page.map((p) => p.event.caseId))) await refoldCase(db, caseId);
    await db.$syncState.put({ key: CURSOR_KEY, value: cursor });
    return { added: fresh.length };
  });
}

/** Rebuilds one case's projection from its events in server order (call inside a transaction). */
async function refoldCase(db: CounterDb, caseId: string): Promise<void> {
  const events = await db.events.where('caseId').equals(caseId).toArray();
  const order = new Map(
    (await db.$serverOrder.where('caseId').equals(caseId).toArray()).map((r) => [r.eventId, r.serverSeq]),
  );
  events.sort((a, b) => {
    const sa = order.get(a.id);
    const sb = order.get(b.id);
    if (sa !== undefined && sb !== undefined) return sa - sb;
    if (sa !== undefined) return -1;
    if (sb !== undefined) return 1;
    return a.deviceSeq - b.deviceSeq;
  });
  let state: CaseState | undefined;
  for (const event of events) state = applyEvent(state, event);
  if (!state) return; // the case's registration is outside this device's scope, or not here yet
  const row = caseRow(state, state.lastEventAt);
  // Two PCs set to one window code can make the same case number; the events are kept either way,
  // but the unique index must not fail the whole pull (sync would stall for good).
  const clash = await db.cases.where('caseNumber').equals(row.caseNumber).first();
  if (clash && clash.caseId !== caseId) return;
  await db.cases.put(row);
}
