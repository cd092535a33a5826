import { createHash } from 'node:crypto';
import { createCalendar, type Calendar } from '../../shared/calendar';
import {
  applyEvent,
  caseEventSchema,
  checkEvent,
  eventHash,
  type CaseEvent,
  type CaseState,
  type GuardResult,
  type Sha256Hex,
} from '../../shared/domain';
import type { Hall, Role } from '../../shared/hall';
import { pushedEventSchema, type PushedEvent, type PushReply, type Rejection } from '../../shared/sync';
import type { Database, Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import type { Device } from './devices';

/**
 * The locks of a push, all transaction-level advisory locks keyed by schema (test schemas on one
 * PostgreSQL never wait on each other):
 *
 * 1. `lockBatchKeys`: the pushing devices and every case the batches touch, taken in one sorted
 *    order (so two transactions can never wait on each other in a cycle) BEFORE anything is read.
 *    They keep one device's pushes in order (a replayed batch waits, then is acked as stored) and
 *    one case's events judged against the state its previous push left.
 * 2. `lockAppends`: one lock for every append to `events`, taken only for the writing statement
 *    and held to COMMIT. bigserial values are taken at insert and become visible at commit; with
 *    the inserts serialised, a committed server_seq is never followed by a smaller one committing
 *    later, so a pull cursor at the highest visible server_seq never skips a row (ARCHITECTURE.md:
 *    "the server cursor must never skip a committed row").
 *
 * Reading, the guard and the reducer run under (1) only: pushes of other devices and other cases
 * do that work at the same time, and wait for each other only around the insert and its commit.
 */
export async function lockAppends(tx: Queryable): Promise<void> {
  await tx.query(
    `select pg_advisory_xact_lock(hashtext('onewindow.events:' || coalesce(current_schema(), '')))`,
  );
}

/** The device and case locks (1 above) in one statement, in the sorted order of their names. */
export async function lockBatchKeys(
  tx: Queryable,
  deviceIds: readonly string[],
  caseIds: readonly string[],
): Promise<void> {
  const keys = [
    ...new Set([...deviceIds.map((id) => `device:${id}`), ...caseIds.map((id) => `case:${id}`)]),
  ].sort();
  // A function scan yields the array in order, so the locks are taken in that order.
  await tx.query(
    `select count(pg_advisory_xact_lock(hashtextextended('onewindow:' || coalesce(current_schema(), '') || ':' || k, 0)))::int as n
     from unnest($1::text[]) as k`,
    [keys],
  );
}

/** Node's native sha256: the server recomputes the hash of every pushed event (the device uses @noble). */
const nativeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text).digest('hex');

type Stored = { id: string; hash: string; deviceId: string; deviceSeq: number };

/** What the pushes of one transaction need to know, read in one statement after the locks. */
type Snapshot = {
  seqs: Record<string, number> | null;
  stored: Stored[];
  cases: Array<{ caseId: string; hallId: string; state: CaseState }>;
  officers: Array<{ hallId: string; id: string; roles: Role[] }>;
  halls: Array<{ id: string; key: string; content: Hall | null }>;
};

/** One device's batch, as `parseBatch` returned it. */
export type PushBatch = { device: Device; events: readonly PushedEvent[] };

export type PushOutcome = PushReply & { highestServerSeq: number | undefined };

/** Each batch of `appendBatches` answers for itself: its outcome, or the refusal that stored nothing of it. */
export type BatchResult = { ok: true; outcome: PushOutcome } | { ok: false; error: unknown };

/** Parses the envelopes of a push; a batch that is not this device's own, in order, is refused whole. */
export function parseBatch(device: Device, events: readonly unknown[]): PushedEvent[] {
  const parsed = events.map((raw, index) => {
    const result = pushedEventSchema.safeParse(raw);
    if (!result.success) {
      const detail = result.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；');
      throw new HttpError(400, 'bad-request', `第 ${index + 1} 个事件的信封无效：${detail}`);
    }
    if (
      result.data.id !== result.data.id.toLowerCase() ||
      result.data.caseId !== result.data.caseId.toLowerCase()
    )
      throw new HttpError(400, 'bad-request', `第 ${index + 1} 个事件的编号应为小写 UUID`);
    if (result.data.deviceId !== device.id)
      throw new HttpError(
        403,
        'device-mismatch',
        `第 ${index + 1} 个事件属于设备 ${result.data.deviceId}，不是本设备`,
      );
    return result.data;
  });
  parsed.sort((a, b) => a.deviceSeq - b.deviceSeq);
  for (let i = 1; i < parsed.length; i++) {
    const [prev, cur] = [parsed[i - 1], parsed[i]];
    if (prev && cur && prev.deviceSeq === cur.deviceSeq && (prev.id !== cur.id || prev.hash !== cur.hash))
      throw new HttpError(409, 'device-seq-conflict', `本批有两个不同的事件使用序号 ${cur.deviceSeq}`, {
        details: { eventId: cur.id },
      });
  }
  return parsed.filter((e, i) => parsed[i - 1]?.id !== e.id);
}

/**
 * THE push (ARCHITECTURE.md "Sync protocol") of one batch: all or nothing, acked after COMMIT.
 * Throws the batch's refusal (409 …) as `appendBatches` describes.
 */
export async function appendBatch(
  db: Database,
  device: Device,
  events: readonly PushedEvent[],
): Promise<PushOutcome> {
  const [result] = await appendBatches(db, [{ device, events }]);
  if (!result) throw new Error('appendBatch: no result');
  if (!result.ok) throw result.error;
  return result.outcome;
}

/**
 * The pushes of several batches in ONE transaction (group commit, server/sync/push-committer.ts),
 * each batch all or nothing, as if pushed one after another in the given order:
 * - an event already stored with the same hash is acknowledged again (a retry);
 * - the same id with another hash, or a seq already used by another event: 409, nothing of that
 *   batch stored;
 * - a gap before the next new seq: 409 device-seq-gap with `expectedSeq`, nothing of it stored;
 * - an event the guard refuses (role from the officers table, the case as the server holds it) is
 *   stored as rejected with its reasons and the batch goes on: never dropped, never blocking.
 * A refused batch changes nothing that a later batch of the group sees. The outcomes are returned
 * only after COMMIT; if the transaction fails, no batch of it is stored and the call throws.
 *
 * Four statements whatever the number and length of the batches: the device and case locks, one
 * read of everything the checks need, the append lock, one write (events, projections, device
 * seqs, last seen).
 */
export async function appendBatches(db: Database, batches: readonly PushBatch[]): Promise<BatchResult[]> {
  const all = batches.flatMap((b) => b.events);
  return db.transaction(async (tx) => {
    await lockBatchKeys(
      tx,
      batches.map((b) => b.device.id),
      all.map((e) => e.caseId),
    );
    const snapshot = await readSnapshot(tx, batches);
    const ledger = new Ledger(snapshot);
    const calendars = await hallCalendars(tx, snapshot);
    // Each batch in order: its checks and the guard against the ledger, then kept or dropped whole.
    const answers = batches.map((batch): { rows: Judged[]; acked: number } | { error: unknown } => {
      try {
        const { fresh, lastSeq, seqChanged } = ledger.check(batch);
        const rows = judge(ledger, batch.device, fresh, calendars.get(batch.device.hallId));
        ledger.commit(batch.device.id, fresh, lastSeq, seqChanged, rows);
        return { rows, acked: lastSeq };
      } catch (error) {
        ledger.discard();
        return { error };
      }
    });
    const rows = answers.flatMap((a) => ('rows' in a ? a.rows : []));
    if (rows.length > 0) await lockAppends(tx);
    const seqs = await writeBatches(tx, ledger, rows);
    return answers.map((answer): BatchResult => {
      if (!('rows' in answer)) return { ok: false, error: answer.error };
      const highest = answer.rows.reduce<number | undefined>((max, r) => {
        const seq = seqs.get(r.event.id);
        return seq !== undefined && (max === undefined || seq > max) ? seq : max;
      }, undefined);
      return {
        ok: true,
        outcome: {
          ackedThroughSeq: answer.acked,
          stored: answer.rows.length,
          rejected: answer.rows
            .filter((r) => r.rejected)
            .map((r): Rejection => ({ id: r.event.id, deviceSeq: r.event.deviceSeq, reasons: r.reasons })),
          highestServerSeq: highest,
        },
      };
    });
  });
}

/**
 * What the transaction knows while it goes through its batches in order: stored events, device
 * seqs and case states, as read and as changed by the batches before. A batch works on a draft of
 * the case states that `commit` keeps and `discard` drops, so a refused batch leaves no trace.
 */
class Ledger {
  private readonly byId: Map<string, Stored>;
  private readonly bySeq: Map<string, Stored>;
  private readonly seqs: Map<string, number>;
  private readonly readSeqs: Set<string>;
  readonly states: Map<string, CaseState | undefined>;
  /** The hall of each case: as stored, or of the device whose batch created it in this transaction. */
  readonly caseHall: Map<string, string>;
  readonly roles: Map<string, Role[]>;
  private draft = new Map<string, CaseState | undefined>();
  /** Device seqs to write: changed by a batch, or a device without a row yet (as before). */
  readonly seqWrites = new Map<string, number>();
  readonly seen = new Set<string>();
  /** Cases an accepted event changed, with the hall a new projection row gets. */
  readonly caseHalls = new Map<string, string>();

  constructor(snapshot: Snapshot) {
    this.byId = new Map(snapshot.stored.map((s) => [s.id, s]));
    this.bySeq = new Map(snapshot.stored.map((s) => [`${s.deviceId}\n${s.deviceSeq}`, s]));
    this.seqs = new Map(Object.entries(snapshot.seqs ?? {}));
    this.readSeqs = new Set(this.seqs.keys());
    this.states = new Map(snapshot.cases.map((r) => [r.caseId, r.state]));
    this.caseHall = new Map(snapshot.cases.map((r) => [r.caseId, r.hallId]));
    this.roles = new Map(snapshot.officers.map((o) => [`${o.hallId}\n${o.id}`, o.roles]));
  }

  lastSeq(deviceId: string): number {
    return this.seqs.get(deviceId) ?? 0;
  }

  /** The protocol's checks of one batch; throws its 409 (nothing of it is then stored). */
  check({ device, events }: PushBatch): { fresh: PushedEvent[]; lastSeq: number; seqChanged: boolean } {
    const startSeq = this.lastSeq(device.id);
    let lastSeq = startSeq;
    const fresh: PushedEvent[] = [];
    for (const event of events) {
      const same = this.byId.get(event.id);
      if (same) {
        // The hash is recomputed: content changed under an old hash is a different event too.
        if (
          same.hash !== event.hash ||
          eventHash(event as unknown as CaseEvent, nativeSha256Hex) !== event.hash ||
          same.deviceId !== event.deviceId ||
          same.deviceSeq !== event.deviceSeq
        )
          throw new HttpError(
            409,
            'event-conflict',
            `事件 ${event.id} 已以不同内容存入中心：保留原事件，本批未存入（设备数据可能被改动）`,
            { details: { eventId: event.id } },
          );
        continue;
      }
      if (this.bySeq.has(`${device.id}\n${event.deviceSeq}`) || event.deviceSeq <= lastSeq)
        throw new HttpError(
          409,
          'device-seq-conflict',
          `序号 ${event.deviceSeq} 已被本设备的另一事件使用：本批未存入`,
          {
            details: { eventId: event.id },
          },
        );
      if (event.deviceSeq !== lastSeq + 1)
        throw new HttpError(
          409,
          'device-seq-gap',
          `设备序号不连续：中心已收到第 ${startSeq} 号，期待第 ${startSeq + 1} 号，本批含第 ${event.deviceSeq} 号而缺其前者：本批未存入`,
          { details: { expectedSeq: startSeq + 1 } },
        );
      lastSeq = event.deviceSeq;
      fresh.push(event);
    }
    return { fresh, lastSeq, seqChanged: lastSeq !== startSeq || !this.readSeqs.has(device.id) };
  }

  state(caseId: string): CaseState | undefined {
    return this.draft.has(caseId) ? this.draft.get(caseId) : this.states.get(caseId);
  }

  setDraft(caseId: string, state: CaseState | undefined): void {
    this.draft.set(caseId, state);
  }

  commit(
    deviceId: string,
    fresh: readonly PushedEvent[],
    lastSeq: number,
    seqChanged: boolean,
    rows: Judged[],
  ) {
    for (const [caseId, state] of this.draft) this.states.set(caseId, state);
    this.draft = new Map();
    for (const e of fresh) {
      const stored = { id: e.id, hash: e.hash, deviceId: e.deviceId, deviceSeq: e.deviceSeq };
      this.byId.set(e.id, stored);
      this.bySeq.set(`${e.deviceId}\n${e.deviceSeq}`, stored);
    }
    this.seqs.set(deviceId, lastSeq);
    if (seqChanged) this.seqWrites.set(deviceId, lastSeq);
    this.seen.add(deviceId);
    for (const row of rows) {
      if (!row.changed || this.caseHalls.has(row.caseId)) continue;
      this.caseHalls.set(row.caseId, row.hall);
      if (!this.caseHall.has(row.caseId)) this.caseHall.set(row.caseId, row.hall);
    }
  }

  discard(): void {
    this.draft = new Map();
  }
}

/**
 * For every device, its last seq; the events of the batches already stored (by id, or by their
 * device and seq); the cases they touch; the roles of their actors; each hall's calendar key with
 * its content when the cached calendar is not the current one. One round trip.
 */
async function readSnapshot(tx: Queryable, batches: readonly PushBatch[]): Promise<Snapshot> {
  const all = batches.flatMap((b) => b.events);
  const halls = [...new Set(batches.map((b) => b.device.hallId))];
  const actors = [...new Set(all.map((e) => e.actor))];
  const [row] = await tx.query<Snapshot>(
    `select
       (select json_object_agg(device_id, last_seq) from device_seqs where device_id = any($1::text[])) as seqs,
       (select coalesce(json_agg(json_build_object('id', s.id::text, 'hash', s.hash, 'deviceId', s.device_id,
                                                   'deviceSeq', s.device_seq)), '[]')
        from (select id, hash, device_id, device_seq from events where id = any($2::uuid[])
              union
              select e.id, e.hash, e.device_id, e.device_seq
              from unnest($3::text[], $4::bigint[]) as k(device_id, device_seq)
              -- a device's stored seqs are 1..last_seq (gapless): only a seq up to it can be taken
              join device_seqs d on d.device_id = k.device_id and k.device_seq <= d.last_seq
              -- one index probe per such event (offset 0 keeps it a nested loop, never a scan of events)
              cross join lateral (select id, hash, device_id, device_seq from events
                                  where device_id = k.device_id and device_seq = k.device_seq offset 0) e) s
       ) as stored,
       (select coalesce(json_agg(json_build_object('caseId', c.case_id::text, 'hallId', c.hall_id, 'state', c.state)), '[]')
        from cases c where c.case_id = any($5::uuid[])) as cases,
       (select coalesce(json_agg(json_build_object('hallId', o.hall_id, 'id', o.id, 'roles', o.roles)), '[]')
        from officers o where o.id = any($6::text[])) as officers,
       (select coalesce(json_agg(json_build_object('id', h.id, 'key', h.updated_at::text,
                 'content', case when $8::jsonb ->> h.id = h.updated_at::text then null else h.content end)), '[]')
        from halls h where h.id = any($7::text[])) as halls`,
    [
      [...new Set(batches.map((b) => b.device.id))],
      all.map((e) => e.id),
      all.map((e) => e.deviceId),
      all.map((e) => e.deviceSeq),
      [...new Set(all.map((e) => e.caseId))],
      actors,
      halls,
      JSON.stringify(Object.fromEntries(halls.map((id) => [id, calendarCache.get(id)?.key ?? null]))),
    ],
  );
  if (!row) throw new Error('readSnapshot: no row');
  return row;
}

type Judged = {
  event: PushedEvent;
  rejected: boolean;
  reasons: string[];
  caseId: string;
  hall: string;
  state: CaseState | undefined;
  changed: boolean;
};

/** The guard over each new event of one batch in order, against the case states of the ledger's draft. */
function judge(
  ledger: Ledger,
  device: Device,
  events: readonly PushedEvent[],
  calendar: Calendar | undefined,
): Judged[] {
  const out: Judged[] = [];
  for (const raw of events) {
    const state = ledger.state(raw.caseId);
    const caseHall = ledger.caseHall.get(raw.caseId);
    const verdict = verify(
      raw,
      state,
      ledger.roles.get(`${device.hallId}\n${raw.actor}`),
      caseHall !== undefined && caseHall !== device.hallId,
      calendar,
    );
    const base = { event: raw, caseId: raw.caseId, hall: device.hallId };
    if (verdict.ok) {
      const next = applyEvent(state, verdict.event);
      ledger.setDraft(raw.caseId, next);
      out.push({ ...base, rejected: false, reasons: [], state: next, changed: true });
    } else {
      out.push({ ...base, rejected: true, reasons: verdict.reasons, state, changed: false });
    }
  }
  return out;
}

function verify(
  raw: PushedEvent,
  state: CaseState | undefined,
  roles: readonly Role[] | undefined,
  foreignCase: boolean,
  calendar: Calendar | undefined,
): { ok: true; event: CaseEvent } | { ok: false; reasons: string[] } {
  const parsed = caseEventSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      reasons: [
        `事件格式不符：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`,
      ],
    };
  if (foreignCase) return { ok: false, reasons: ['该办件属于其他大厅'] };
  if (!roles || roles.length === 0) return { ok: false, reasons: [`工作人员 ${raw.actor} 不属于本大厅`] };
  let best: GuardResult | undefined;
  // Hashed once, whatever the number of the actor's roles tried.
  const hash = eventHash(parsed.data, nativeSha256Hex);
  const ctx = { ...(calendar ? { calendar } : {}), eventHash: () => hash };
  for (const role of roles) {
    const result = checkEvent(state, parsed.data, role, ctx);
    if (result.ok) return { ok: true, event: parsed.data };
    if (!best || (!best.ok && result.reasons.length < best.reasons.length)) best = result;
  }
  return { ok: false, reasons: best && !best.ok ? best.reasons : ['未通过校验'] };
}

const calendarCache = new Map<string, { key: string; calendar: Calendar | undefined }>();

/**
 * Each hall's working-day calendar, cached per hall until its configuration changes: the snapshot
 * brings a hall's content only when its key differs from the cached one. (A transaction that raced
 * another's cache update reads the hall once more.)
 */
async function hallCalendars(tx: Queryable, snapshot: Snapshot): Promise<Map<string, Calendar | undefined>> {
  const out = new Map<string, Calendar | undefined>();
  for (const hall of snapshot.halls) {
    const cached = calendarCache.get(hall.id);
    if (cached?.key === hall.key) {
      out.set(hall.id, cached.calendar);
      continue;
    }
    let { content, key } = hall;
    if (!content) {
      const [row] = await tx.query<{ content: Hall; key: string }>(
        'select content, updated_at::text as key from halls where id = $1',
        [hall.id],
      );
      if (!row) continue;
      ({ content, key } = row);
    }
    let calendar: Calendar | undefined;
    try {
      calendar = createCalendar(content.calendar);
    } catch {
      calendar = undefined; // a hall with broken overrides: dates are then not re-checked, not refused
    }
    calendarCache.set(hall.id, { key, calendar });
    out.set(hall.id, calendar);
  }
  return out;
}

/**
 * The write of a transaction in one statement: the new events in order (so server_seq follows the
 * batches and each device's seqs), the projection of every case an accepted event changed with
 * the highest server_seq of its accepted events, the devices' last seqs, their last-seen time.
 * Returns the server_seq given to each new event.
 */
async function writeBatches(
  tx: Queryable,
  ledger: Ledger,
  rows: readonly Judged[],
): Promise<Map<string, number>> {
  if (rows.length === 0 && ledger.seqWrites.size === 0 && ledger.seen.size === 0) return new Map();
  const events = rows.map((r) => ({
    id: r.event.id,
    case_id: r.event.caseId,
    device_id: r.event.deviceId,
    device_seq: r.event.deviceSeq,
    actor: r.event.actor,
    at: r.event.at,
    type: r.event.type,
    payload: r.event.payload ?? null,
    blobs: r.event.blobs,
    hash: r.event.hash,
    rejected: r.rejected,
    reason: r.rejected ? r.reasons.join('\n') : null,
  }));
  const cases = [...ledger.caseHalls].flatMap(([caseId, hall]) => {
    const s = ledger.states.get(caseId);
    return s
      ? [
          {
            case_id: s.caseId,
            case_number: s.caseNumber,
            hall_id: hall,
            window_code: s.windowCode,
            query_code: s.queryCode ?? null,
            status: s.status,
            state: s,
          },
        ]
      : [];
  });
  const inserted = await tx.query<{ id: string; server_seq: number }>(
    `with ev as (
       insert into events (id, case_id, device_id, device_seq, actor, at, type, payload, blobs, hash, rejected, rejection_reason)
       select e.id, e.case_id, e.device_id, e.device_seq, e.actor, e.at, e.type, coalesce(e.payload, 'null'::jsonb),
              array(select jsonb_array_elements_text(e.blobs)), e.hash, e.rejected, e.reason
       from rows from (jsonb_to_recordset($1::jsonb) as (id uuid, case_id uuid, device_id text, device_seq bigint,
              actor text, at text, type text, payload jsonb, blobs jsonb, hash text, rejected boolean, reason text))
            with ordinality as e
       order by e.ordinality
       returning id, case_id, server_seq, rejected
     ), last_accepted as (
       select case_id, max(server_seq) as server_seq from ev where not rejected group by case_id
     ), projections as (
       insert into cases (case_id, case_number, hall_id, window_code, query_code, status, state, last_server_seq)
       select c.case_id, c.case_number, c.hall_id, c.window_code, c.query_code, c.status, c.state, l.server_seq
       from jsonb_to_recordset($2::jsonb) as c(case_id uuid, case_number text, hall_id text, window_code text,
              query_code text, status text, state jsonb)
       join last_accepted l on l.case_id = c.case_id
       on conflict (case_id) do update set status = excluded.status, state = excluded.state,
         query_code = excluded.query_code, last_server_seq = excluded.last_server_seq, updated_at = now()
     ), seqs as (
       insert into device_seqs (device_id, last_seq) select * from unnest($3::text[], $4::bigint[])
       on conflict (device_id) do update set last_seq = excluded.last_seq
     ), seen as (
       update devices set last_seen_at = now() where id = any($5::text[])
     )
     select id::text as id, server_seq from ev`,
    [
      JSON.stringify(events),
      JSON.stringify(cases),
      [...ledger.seqWrites.keys()],
      [...ledger.seqWrites.values()],
      [...ledger.seen],
    ],
  );
  return new Map(inserted.map((r) => [r.id, r.server_seq]));
}
