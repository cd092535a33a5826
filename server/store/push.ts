import { createCalendar, type Calendar } from '../../shared/calendar';
import {
  applyEvent,
  caseEventSchema,
  checkEvent,
  eventHash,
  type CaseEvent,
  type CaseState,
  type GuardResult,
} from '../../shared/domain';
import type { Hall, Role } from '../../shared/hall';
import { pushedEventSchema, type PushedEvent, type PushReply, type Rejection } from '../../shared/sync';
import type { Database, Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import type { Device } from './devices';

/**
 * Every append to `events` holds this lock until its transaction ends. bigserial values are taken
 * at insert and become visible at commit; with appends serialised, a committed server_seq is never
 * followed by a smaller one committing later, so a pull cursor at the highest visible server_seq
 * never skips a row (ARCHITECTURE.md: "the server cursor must never skip a committed row").
 * Keyed by schema so that test schemas on one PostgreSQL do not wait on each other.
 */
export async function lockAppends(tx: Queryable): Promise<void> {
  await tx.query(
    `select pg_advisory_xact_lock(hashtext('onewindow.events:' || coalesce(current_schema(), '')))`,
  );
}

type Stored = { id: string; hash: string; device_id: string; device_seq: number };

type NewRow = {
  event: PushedEvent;
  rejected: boolean;
  reasons: string[];
};

export type PushOutcome = PushReply & { highestServerSeq: number | undefined };

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
 * THE push (ARCHITECTURE.md "Sync protocol"): one transaction per batch, all or nothing.
 * - an event already stored with the same hash is acknowledged again (a retry);
 * - the same id with another hash, or a seq already used by another event: 409, nothing stored;
 * - a gap before the next new seq: 409 device-seq-gap with `expectedSeq`, nothing stored;
 * - an event the guard refuses (role from the officers table, the case as the server holds it) is
 *   stored as rejected with its reasons and the batch goes on: never dropped, never blocking.
 * The reply is built only after COMMIT returned.
 */
export async function appendBatch(
  db: Database,
  device: Device,
  events: readonly PushedEvent[],
): Promise<PushOutcome> {
  return db.transaction(async (tx) => {
    await lockAppends(tx);
    const [seqRow] = await tx.query<{ last_seq: number }>(
      'select last_seq from device_seqs where device_id = $1',
      [device.id],
    );
    const startSeq = seqRow?.last_seq ?? 0;
    const stored = await tx.query<Stored>(
      // Two index lookups (primary key; unique device_id + device_seq): an OR would scan the table.
      `select id::text as id, hash, device_id, device_seq from events
       where id in (select (jsonb_array_elements_text($1::jsonb))::uuid)
       union
       select id::text as id, hash, device_id, device_seq from events
       where device_id = $2 and device_seq in (select (jsonb_array_elements_text($3::jsonb))::bigint)`,
      [JSON.stringify(events.map((e) => e.id)), device.id, JSON.stringify(events.map((e) => e.deviceSeq))],
    );
    const byId = new Map(stored.map((s) => [s.id, s]));
    const bySeq = new Map(stored.filter((s) => s.device_id === device.id).map((s) => [s.device_seq, s]));
    let lastSeq = startSeq;
    const fresh: PushedEvent[] = [];
    for (const event of events) {
      const same = byId.get(event.id);
      if (same) {
        // The hash is recomputed: content changed under an old hash is a different event too.
        if (
          same.hash !== event.hash ||
          eventHash(event as unknown as CaseEvent) !== event.hash ||
          same.device_id !== event.deviceId ||
          same.device_seq !== event.deviceSeq
        )
          throw new HttpError(
            409,
            'event-conflict',
            `事件 ${event.id} 已以不同内容存入中心：保留原事件，本批未存入（设备数据可能被改动）`,
            { details: { eventId: event.id } },
          );
        continue;
      }
      if (bySeq.has(event.deviceSeq) || event.deviceSeq <= lastSeq)
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
    const rows = await judge(tx, device, fresh);
    let highest: number | undefined;
    if (rows.length > 0) {
      const inserted = await insertEvents(tx, rows);
      highest = inserted;
      await saveProjections(tx, device, rows);
    }
    if (lastSeq !== startSeq || !seqRow)
      await tx.query(
        `insert into device_seqs (device_id, last_seq) values ($1, $2)
         on conflict (device_id) do update set last_seq = excluded.last_seq`,
        [device.id, lastSeq],
      );
    await tx.query('update devices set last_seen_at = now() where id = $1', [device.id]);
    const rejected: Rejection[] = rows
      .filter((r) => r.rejected)
      .map((r) => ({ id: r.event.id, deviceSeq: r.event.deviceSeq, reasons: r.reasons }));
    return { ackedThroughSeq: lastSeq, stored: rows.length, rejected, highestServerSeq: highest };
  });
}

type Judged = NewRow & { caseId: string; state: CaseState | undefined; changed: boolean };

/** The guard over each new event in order, against the server's projection of its case. */
async function judge(tx: Queryable, device: Device, events: readonly PushedEvent[]): Promise<Judged[]> {
  if (events.length === 0) return [];
  const caseIds = [...new Set(events.map((e) => e.caseId))];
  const caseRows = await tx.query<{ case_id: string; hall_id: string; state: CaseState }>(
    `select case_id::text as case_id, hall_id, state from cases
     where case_id in (select (jsonb_array_elements_text($1::jsonb))::uuid)`,
    [JSON.stringify(caseIds)],
  );
  const states = new Map<string, CaseState | undefined>(caseRows.map((r) => [r.case_id, r.state]));
  const foreign = new Set(caseRows.filter((r) => r.hall_id !== device.hallId).map((r) => r.case_id));
  const officers = new Map(
    (
      await tx.query<{ id: string; roles: Role[] }>('select id, roles from officers where hall_id = $1', [
        device.hallId,
      ])
    ).map((o) => [o.id, o.roles]),
  );
  const calendar = await hallCalendar(tx, device.hallId);
  const out: Judged[] = [];
  for (const raw of events) {
    const state = states.get(raw.caseId);
    const verdict = verify(raw, state, officers.get(raw.actor), foreign.has(raw.caseId), calendar);
    if (verdict.ok) {
      const next = applyEvent(state, verdict.event);
      states.set(raw.caseId, next);
      out.push({ event: raw, rejected: false, reasons: [], caseId: raw.caseId, state: next, changed: true });
    } else {
      out.push({
        event: raw,
        rejected: true,
        reasons: verdict.reasons,
        caseId: raw.caseId,
        state,
        changed: false,
      });
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
  for (const role of roles) {
    const result = checkEvent(state, parsed.data, role, calendar ? { calendar } : {});
    if (result.ok) return { ok: true, event: parsed.data };
    if (!best || (!best.ok && result.reasons.length < best.reasons.length)) best = result;
  }
  return { ok: false, reasons: best && !best.ok ? best.reasons : ['未通过校验'] };
}

const calendars = new Map<string, { key: string; calendar: Calendar | undefined }>();

/** The hall's working-day calendar (cached per hall until its configuration changes). */
async function hallCalendar(tx: Queryable, hallId: string): Promise<Calendar | undefined> {
  const [row] = await tx.query<{ content: Hall; updated: string }>(
    'select content, updated_at::text as updated from halls where id = $1',
    [hallId],
  );
  if (!row) return undefined;
  const cached = calendars.get(hallId);
  if (cached?.key === row.updated) return cached.calendar;
  let calendar: Calendar | undefined;
  try {
    calendar = createCalendar(row.content.calendar);
  } catch {
    calendar = undefined; // a hall with broken overrides: dates are then not re-checked, not refused
  }
  calendars.set(hallId, { key: row.updated, calendar });
  return calendar;
}

/** One statement for the batch; returns the highest server_seq given. */
async function insertEvents(tx: Queryable, rows: readonly NewRow[]): Promise<number> {
  const payload = rows.map((r) => ({
    id: r.event.id,
    caseId: r.event.caseId,
    deviceId: r.event.deviceId,
    deviceSeq: r.event.deviceSeq,
    actor: r.event.actor,
    at: r.event.at,
    type: r.event.type,
    payload: r.event.payload ?? null,
    blobs: r.event.blobs,
    hash: r.event.hash,
    rejected: r.rejected,
    reason: r.rejected ? r.reasons.join('\n') : null,
  }));
  const [max] = await tx.query<{ max: number }>(
    `with ins as (
       insert into events (id, case_id, device_id, device_seq, actor, at, type, payload, blobs, hash, rejected, rejection_reason)
       select (r->>'id')::uuid, (r->>'caseId')::uuid, r->>'deviceId', (r->>'deviceSeq')::bigint, r->>'actor', r->>'at',
              r->>'type', r->'payload', array(select jsonb_array_elements_text(r->'blobs')), r->>'hash',
              (r->>'rejected')::boolean, r->>'reason'
       from jsonb_array_elements($1::jsonb) with ordinality as t(r, n) order by n
       returning server_seq)
     select max(server_seq) as max from ins`,
    [JSON.stringify(payload)],
  );
  return max?.max ?? 0;
}

/** Upserts the projection of every case the batch changed, with its server-side state. */
async function saveProjections(tx: Queryable, device: Device, rows: readonly Judged[]): Promise<void> {
  const latest = new Map<string, CaseState>();
  for (const row of rows) if (row.changed && row.state) latest.set(row.caseId, row.state);
  if (latest.size === 0) return;
  const payload = [...latest.values()].map((s) => ({
    caseId: s.caseId,
    caseNumber: s.caseNumber,
    windowCode: s.windowCode,
    queryCode: s.queryCode ?? null,
    status: s.status,
    state: s,
  }));
  await tx.query(
    `insert into cases (case_id, case_number, hall_id, window_code, query_code, status, state, last_server_seq)
     select (r->>'caseId')::uuid, r->>'caseNumber', $2, r->>'windowCode', r->>'queryCode', r->>'status', r->'state',
            (select max(server_seq) from events where case_id = (r->>'caseId')::uuid and not rejected)
     from jsonb_array_elements($1::jsonb) as t(r)
     on conflict (case_id) do update set status = excluded.status, state = excluded.state,
       query_code = excluded.query_code, last_server_seq = excluded.last_server_seq, updated_at = now()`,
    [JSON.stringify(payload), device.hallId],
  );
}
