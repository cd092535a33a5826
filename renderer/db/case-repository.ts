import { v7 as uuidv7 } from 'uuid';
import type { Calendar } from '../../shared/calendar';
import {
  applyEvent,
  checkEvent,
  hallDateTime,
  sealEvent,
  type CaseEvent,
  type CaseEventType,
  type CaseState,
  type PayloadOf,
  type UnsealedCaseEvent,
} from '../../shared/domain';
import type { Role } from '../../shared/hall';
import type { CaseRow, CounterDb } from './schema';
import { searchKeysOf } from './search-keys';

const DEVICE_ID = 'device.id';
const NEXT_SEQ = 'device.nextSeq';

export type EventDraft = {
  [T in CaseEventType]: { caseId: string; type: T; payload: PayloadOf<T>; blobs?: string[] };
}[CaseEventType];

export interface Actor {
  officerId: string;
  role: Role;
}

/** The guard refused an event: nothing of the batch was written. `reasons` are for the officer. */
export class EventRefusedError extends Error {
  override readonly name = 'EventRefusedError';
  constructor(readonly reasons: string[]) {
    super(reasons.join('；'));
  }
}

/** This device's id: made once, on first use, and never changed (enrollment names it on the server). */
export async function deviceId(db: CounterDb): Promise<string> {
  return db.transaction('rw', db.$syncState, async () => {
    const row = await db.$syncState.get(DEVICE_ID);
    if (typeof row?.value === 'string') return row.value;
    const id = `dev-${uuidv7()}`;
    await db.$syncState.put({ key: DEVICE_ID, value: id });
    return id;
  });
}

export function caseRow(state: CaseState, lastEventAt: string): CaseRow {
  return {
    caseId: state.caseId,
    caseNumber: state.caseNumber,
    windowCode: state.windowCode,
    status: state.status,
    registeredOn: state.dates.registeredOn,
    lastEventAt,
    searchKeys: searchKeysOf(state),
    state,
  };
}

/**
 * THE write path of the counter: seals the drafts as this device's next events, checks each with
 * the shared guard against the case as it stands, and writes the events, the case projections and
 * the outbox in ONE transaction. Either every event of the batch is recorded or none is, so an
 * officer's confirmed step is never half-saved, and the deviceSeq never has a gap.
 */
export async function recordEvents(
  db: CounterDb,
  actor: Actor,
  drafts: readonly EventDraft[],
  options: { calendar?: Calendar; now?: () => number } = {},
): Promise<CaseEvent[]> {
  const now = options.now ?? Date.now;
  const device = await deviceId(db);
  return db.transaction('rw', [db.events, db.cases, db.$outbox, db.$syncState], async () => {
    const seqRow = await db.$syncState.get(NEXT_SEQ);
    let seq = typeof seqRow?.value === 'number' ? seqRow.value : 1;
    const states = new Map<string, CaseState | undefined>();
    const recorded: CaseEvent[] = [];
    for (const draft of drafts) {
      if (!states.has(draft.caseId)) states.set(draft.caseId, (await db.cases.get(draft.caseId))?.state);
      const unsealed = {
        id: uuidv7(),
        caseId: draft.caseId,
        deviceId: device,
        deviceSeq: seq,
        actor: actor.officerId,
        at: hallDateTime(now()),
        type: draft.type,
        payload: draft.payload,
        blobs: draft.blobs ?? [],
      } as UnsealedCaseEvent;
      const event = sealEvent(unsealed) as CaseEvent;
      const state = states.get(draft.caseId);
      const verdict = checkEvent(
        state,
        event,
        actor.role,
        options.calendar ? { calendar: options.calendar } : {},
      );
      if (!verdict.ok) throw new EventRefusedError(verdict.reasons);
      states.set(draft.caseId, applyEvent(state, event));
      recorded.push(event);
      seq += 1;
    }
    const queuedAt = hallDateTime(now());
    await db.events.bulkAdd(recorded);
    await db.$outbox.bulkAdd(
      recorded.map((e) => ({ deviceSeq: e.deviceSeq, eventId: e.id, caseId: e.caseId, queuedAt })),
    );
    for (const [caseId, state] of states) {
      const last = recorded.filter((e) => e.caseId === caseId).at(-1);
      if (state && last) await db.cases.put(caseRow(state, last.at));
    }
    await db.$syncState.put({ key: NEXT_SEQ, value: seq });
    return recorded;
  });
}

/** The events of one case in the order they were recorded (device clock, then device sequence). */
export async function caseEvents(db: CounterDb, caseId: string): Promise<CaseEvent[]> {
  const events = await db.events.where('caseId').equals(caseId).toArray();
  return events.sort((a, b) => (a.at === b.at ? a.deviceSeq - b.deviceSeq : a.at < b.at ? -1 : 1));
}
