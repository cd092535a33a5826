import { v7 as uuidv7 } from 'uuid';
import type { Calendar } from '../../shared/calendar';
import {
  caseNumber as formatCaseNumber,
  hallDateTime,
  parseCaseNumber,
  planResumptionDates,
  type CaseEvent,
  type CaseState,
  type DeliveredPayload,
  type PageRotation,
  type ResumedPayload,
} from '../../shared/domain';
import { recordEvents, type Actor, type EventDraft } from './case-repository';
import { intakeDraftId } from './draft-repository';
import type { CounterDb } from './schema';

export interface CommandOptions {
  calendar?: Calendar;
  now?: () => number;
}

function caseSeqKey(windowCode: string, date: string): string {
  return `caseSeq.${windowCode}.${date}`;
}

/**
 * The next case number of `windowCode` on `date`. Must run inside a transaction over cases and
 * $syncState: the counter and the highest number already held (pulled cases included) are both
 * read, so a number is never given twice even if the counter row was lost.
 */
async function allocateCaseNumber(db: CounterDb, windowCode: string, date: string): Promise<string> {
  const prefix = formatCaseNumber(windowCode, date, 1).slice(0, -4);
  const counter = await db.$syncState.get(caseSeqKey(windowCode, date));
  const last = await db.cases.where('caseNumber').startsWith(prefix).last();
  const held = last ? (parseCaseNumber(last.caseNumber)?.seq ?? 0) : 0;
  const next = Math.max(typeof counter?.value === 'number' ? counter.value : 0, held) + 1;
  await db.$syncState.put({ key: caseSeqKey(windowCode, date), value: next });
  return formatCaseNumber(windowCode, date, next);
}

export interface CreatedCase {
  caseId: string;
  caseNumber: string;
  events: CaseEvent[];
}

/** The walk-in (intake draft) a case is made from: the officer's draft that began at `startedAt`. */
export interface DraftOrigin {
  officerId: string;
  startedAt: string;
}

/** The draft was already made into a case (in another tab, or before a crash): never twice. */
export class DraftConfirmedError extends Error {
  override readonly name = 'DraftConfirmedError';
  constructor(readonly caseNumber: string) {
    super(`这次收件已登记为办件 ${caseNumber}`);
  }
}

function draftConfirmedKey(origin: DraftOrigin): string {
  return `draftConfirmed.${origin.officerId}.${origin.startedAt}`;
}

/**
 * Creates a case: allocates its offline case number and records all its first events (registered,
 * materials, accepted / notified / refused …) in ONE transaction with the number's counter. When
 * the guard refuses any event nothing is written and the number is not used up.
 * With `from`, the same transaction refuses a draft already made into a case (DraftConfirmedError),
 * marks this one made, and removes the officer's saved draft if it is still that walk-in.
 */
export async function createCase(
  db: CounterDb,
  actor: Actor,
  input: {
    windowCode: string;
    date: string;
    drafts: (caseId: string, caseNumber: string) => EventDraft[];
    from?: DraftOrigin;
  },
  options: CommandOptions = {},
): Promise<CreatedCase> {
  const { from } = input;
  return db.transaction('rw', [db.events, db.cases, db.$outbox, db.$syncState, db.drafts], async () => {
    if (from) {
      const made = await db.$syncState.get(draftConfirmedKey(from));
      if (made) throw new DraftConfirmedError(String(made.value));
    }
    const caseId = uuidv7();
    const number = await allocateCaseNumber(db, input.windowCode, input.date);
    const events = await recordEvents(db, actor, input.drafts(caseId, number), options);
    if (from) {
      await db.$syncState.put({ key: draftConfirmedKey(from), value: number });
      const saved = await db.drafts.get(intakeDraftId(from.officerId));
      const content = saved?.content as { startedAt?: unknown } | undefined;
      if (saved && content?.startedAt === from.startedAt) await db.drafts.delete(saved.id);
    }
    return { caseId, caseNumber: number, events };
  });
}

/**
 * 补齐: the tolerated materials arrived at the window on `on`; each is recorded as received too.
 * A case in its grace pause (逾期暂停) whose last owed material this is gets its clock back in the
 * same batch, the promise moved by the paused working days, so it is never left paused.
 */
export async function recordSupplement(
  db: CounterDb,
  actor: Actor,
  input: {
    caseId: string;
    materials: ReadonlyArray<{
      materialId: string;
      copies: number;
      form: 'original' | 'copy' | 'electronic';
    }>;
    on: string;
  },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  const supplied = input.materials.map((m) => m.materialId);
  const drafts: EventDraft[] = input.materials.map((m) => ({
    caseId: input.caseId,
    type: 'materialReceived',
    payload: { materialId: m.materialId, copies: m.copies, form: m.form, via: 'window', blobs: [] },
  }));
  drafts.push({
    caseId: input.caseId,
    type: 'supplemented',
    payload: { materialIds: supplied, on: input.on },
  });
  return db.transaction('rw', [db.events, db.cases, db.$outbox, db.$syncState], async () => {
    const state = (await db.cases.get(input.caseId))?.state;
    const resume =
      state && options.calendar ? graceResumption(state, supplied, input.on, options.calendar) : undefined;
    if (resume) drafts.push({ caseId: input.caseId, type: 'resumed', payload: resume });
    return recordEvents(db, actor, drafts, options);
  });
}

/** The `resumed` payload that ends a grace pause when `supplied` completes the owed materials. */
function graceResumption(
  state: CaseState,
  supplied: readonly string[],
  on: string,
  calendar: Calendar,
): ResumedPayload | undefined {
  const owed = state.tolerated.some((m) => m.suppliedOn === undefined && !supplied.includes(m.materialId));
  if (state.status !== 'paused' || state.dates.pauses.at(-1)?.graceUntil === undefined || owed)
    return undefined;
  return resumedPayload(state, on, calendar, '容缺材料已补齐，恢复计时');
}

/**
 * The `resumed` payload that ends the case's last pause on `on`: the promise moves by the paused
 * working days (planResumptionDates, provisional when counted on a year not entered yet). Undefined when there is no pause or no promise to move.
 */
export function resumedPayload(
  state: CaseState,
  on: string,
  calendar: Calendar,
  reason?: string,
): ResumedPayload | undefined {
  const pause = state.dates.pauses.at(-1);
  const promised = state.dates.promisedDate;
  if (!pause || promised === undefined) return undefined;
  const plan = planResumptionDates(
    {
      promisedDate: promised,
      pausedFrom: pause.from,
      resumedOn: on,
      promiseProvisional: state.dates.promiseProvisional === true,
    },
    calendar,
  );
  return { on, ...plan, ...(reason ? { reason } : {}) };
}

/** An instant item decided at the window: the approval and its certificate, together. */
export async function approveAtWindow(
  db: CounterDb,
  actor: Actor,
  input: {
    caseId: string;
    decisionNumber: string;
    certificateNumber: string;
    on: string;
    validUntil?: string;
  },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  return recordEvents(
    db,
    actor,
    [
      {
        caseId: input.caseId,
        type: 'approved',
        payload: { decisionNumber: input.decisionNumber, decidedOn: input.on },
      },
      {
        caseId: input.caseId,
        type: 'certificateIssued',
        payload: {
          certificateNumber: input.certificateNumber,
          issuedOn: input.on,
          ...(input.validUntil ? { validUntil: input.validUntil } : {}),
        },
      },
    ],
    options,
  );
}

export type DeliveryInput =
  | { method: 'pickup'; receiver: string }
  | { method: 'mail'; receiver: string; trackingNumber: string; address: string; phone: string };

/** 送达: the result handed over (to the minute) or mailed with its tracking number. */
export async function recordDelivery(
  db: CounterDb,
  actor: Actor,
  input: { caseId: string; delivery: DeliveryInput },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  const at = hallDateTime((options.now ?? Date.now)());
  const payload: DeliveredPayload =
    input.delivery.method === 'pickup'
      ? { method: 'pickup', receiver: input.delivery.receiver, at }
      : {
          method: 'mail',
          receiver: input.delivery.receiver,
          trackingNumber: input.delivery.trackingNumber,
          address: input.delivery.address,
          phone: input.delivery.phone,
          at,
        };
  return recordEvents(db, actor, [{ caseId: input.caseId, type: 'delivered', payload }], options);
}

/**
 * 整理材料页面: a received material's pages as they are to be (order, turns; those left out are
 * off it). One event naming every page it keeps; the blobs and the earlier arrangement stay.
 */
export async function arrangePages(
  db: CounterDb,
  actor: Actor,
  input: {
    caseId: string;
    materialId: string;
    pages: ReadonlyArray<{ blob: string; rotation: PageRotation }>;
  },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  const pages = input.pages.map((p) => ({ blob: p.blob, rotation: p.rotation }));
  return recordEvents(
    db,
    actor,
    [
      {
        caseId: input.caseId,
        type: 'pagesArranged',
        payload: { materialId: input.materialId, pages },
        blobs: pages.map((p) => p.blob),
      },
    ],
    options,
  );
}

/** 作废: the registering officer voids a case registered by mistake, with the reason (checkVoided). */
export async function recordVoid(
  db: CounterDb,
  actor: Actor,
  input: { caseId: string; reason: string; on: string },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  return recordEvents(
    db,
    actor,
    [{ caseId: input.caseId, type: 'voided', payload: { reason: input.reason, on: input.on } }],
    options,
  );
}
