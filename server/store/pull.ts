import { caseStatusLabel, type CaseEvent, type CaseState } from '../../shared/domain';
import { maskId } from '../../shared/ids';
import {
  MAX_PULL_EVENTS,
  type Progress,
  type PullReply,
  type ReferenceVersions,
  type RejectedEvent,
} from '../../shared/sync';
import type { Queryable } from '../db/database';
import type { Device } from './devices';
import { readHall } from './reference-data';

type EventRow = {
  server_seq: number;
  id: string;
  case_id: string;
  device_id: string;
  device_seq: number;
  actor: string;
  at: string;
  type: string;
  payload: unknown;
  blobs: string[];
  hash: string;
};

/** The highest server_seq visible now. With appends serialised (lockAppends), every lower one is settled. */
export async function highWaterMark(db: Queryable): Promise<number> {
  const [row] = await db.query<{ hw: number }>('select coalesce(max(server_seq), 0) as hw from events');
  return row?.hw ?? 0;
}

/**
 * The accepted events of the device's scope after `cursor`, in server order: a hall window sees
 * its hall's cases, a village room the cases registered under its own service point code.
 * The high-water mark is read FIRST and bounds the page, so the returned cursor never passes a
 * row this read could not see (a push committing between the two reads lands above it).
 */
export async function readPull(
  db: Queryable,
  device: Device,
  cursor: number,
  limit = MAX_PULL_EVENTS,
): Promise<PullReply> {
  const hw = await highWaterMark(db);
  const village = device.kind === 'village';
  const rows =
    hw <= cursor
      ? []
      : await db.query<EventRow>(
          `select e.server_seq, e.id::text as id, e.case_id::text as case_id, e.device_id, e.device_seq, e.actor, e.at,
                  e.type, e.payload, e.blobs, e.hash
           from events e join cases c on c.case_id = e.case_id
           where e.server_seq > $1 and e.server_seq <= $2 and not e.rejected and c.hall_id = $3
             ${village ? 'and c.window_code = $5' : ''}
           order by e.server_seq limit $4`,
          village
            ? [cursor, hw, device.hallId, limit, device.counterCode]
            : [cursor, hw, device.hallId, limit],
        );
  const full = rows.length === limit;
  const next = full ? (rows.at(-1)?.server_seq ?? cursor) : Math.max(hw, cursor);
  return {
    events: rows.map((r) => ({ serverSeq: r.server_seq, event: toEvent(r) })),
    cursor: String(next),
    more: full,
    reference: await referenceVersions(db, device.hallId),
  };
}

function toEvent(r: EventRow): CaseEvent {
  // Stored accepted events passed caseEventSchema on the way in; the client parses them again.
  return {
    id: r.id,
    caseId: r.case_id,
    deviceId: r.device_id,
    deviceSeq: r.device_seq,
    actor: r.actor,
    at: r.at,
    type: r.type,
    payload: r.payload,
    blobs: r.blobs,
    hash: r.hash,
  } as CaseEvent;
}

/** Versions a device compares with what it holds, to refresh only what changed. */
export async function referenceVersions(db: Queryable, hallId: string): Promise<ReferenceVersions> {
  const [row] = await db.query<{ catalog: string | null; hall: string }>(
    `select (select version from catalog_versions order by published_at desc, version desc limit 1) as catalog,
            concat_ws('/',
              (select updated_at::text from halls where id = $1),
              (select max(updated_at)::text from officers where hall_id = $1),
              (select count(*)::text from officers where hall_id = $1),
              (select max(updated_at)::text from credit_list),
              (select count(*)::text from credit_list)) as hall`,
    [hallId],
  );
  return { catalog: row?.catalog ?? null, hall: row?.hall ?? '' };
}

/** Rejected events of the hall, newest first, for supervisors. */
export async function readRejected(db: Queryable, hallId: string, limit = 500): Promise<RejectedEvent[]> {
  const rows = await db.query<{
    server_seq: number;
    received_at: Date;
    id: string;
    case_id: string;
    device_id: string;
    device_seq: number;
    actor: string;
    at: string;
    type: string;
    rejection_reason: string;
  }>(
    `select e.server_seq, e.received_at, e.id::text as id, e.case_id::text as case_id, e.device_id, e.device_seq, e.actor,
            e.at, e.type, e.rejection_reason
     from events e join devices d on d.id = e.device_id
     where e.rejected and d.hall_id = $1 order by e.server_seq desc limit $2`,
    [hallId, limit],
  );
  return rows.map((r) => ({
    serverSeq: r.server_seq,
    receivedAt: r.received_at.toISOString(),
    id: r.id,
    caseId: r.case_id,
    deviceId: r.device_id,
    deviceSeq: r.device_seq,
    actor: r.actor,
    at: r.at,
    type: r.type,
    reasons: r.rejection_reason.split('\n'),
  }));
}

/** A case's public progress, masked, when the case number and its query code match; else undefined. */
export async function readProgress(
  db: Queryable,
  caseNumber: string,
  code: string,
): Promise<Progress | undefined> {
  const rows = await db.query<{ state: CaseState; query_code: string | null }>(
    'select state, query_code from cases where case_number = $1',
    [caseNumber],
  );
  const match = rows.find(
    (r) => r.query_code !== null && sameText(r.query_code.toUpperCase(), code.toUpperCase()),
  );
  if (!match) return undefined;
  const s = match.state;
  const pause = s.status === 'paused' ? s.dates.pauses.at(-1) : undefined;
  const hall = await readHall(db);
  return {
    caseNumber: s.caseNumber,
    itemName: s.item.name,
    status: s.status,
    statusLabel: caseStatusLabel(s),
    applicantName: maskName(s.applicant.name),
    applicantId: maskId(s.applicant.idNumber),
    registeredOn: s.dates.registeredOn,
    ...(s.dates.acceptedOn === undefined ? {} : { acceptedOn: s.dates.acceptedOn }),
    ...(s.dates.promisedDate === undefined ? {} : { promisedDate: s.dates.promisedDate }),
    ...(s.decision === undefined ? {} : { decidedOn: s.decision.decidedOn }),
    lastEventAt: s.lastEventAt,
    ...(s.status === 'notified-missing' && s.notice ? { missing: s.notice.missing.map((m) => m.name) } : {}),
    ...(pause?.kind === 'correction' && pause.graceUntil === undefined
      ? { correction: { since: pause.from, asked: pause.reason } }
      : {}),
    ...(hall ? { hall: { name: hall.name, phone: hall.phone, address: hall.address } } : {}),
  };
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; an organisation keeps its first four characters. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  const keep = chars.length > 6 ? 4 : 1;
  return chars.map((c, i) => (i < keep ? c : '*')).join('');
}

/** Compares without an early exit, so the time taken does not tell how much of a code was right. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
