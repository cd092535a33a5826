import { randomBytes } from 'node:crypto';
import { makeVerifier } from '../../shared/auth';
import { webCryptoPbkdf2 } from '../../shared/auth/webcrypto';
import type { Credit } from '../../shared/domain';
import type { Hall, Officer, Role } from '../../shared/hall';
import type { Queryable } from '../db/database';

export interface OfficerRecord {
  id: string;
  name: string;
  roles: Role[];
  windowCode?: string;
  sectionId?: string;
  servicePointCode?: string;
  verifier: string;
}

export interface CreditRecord {
  idNumber: string;
  level: Credit;
  source: string;
  until?: string;
}

export interface ReferenceData {
  hall: Hall;
  officers: OfficerRecord[];
  credit: CreditRecord[];
}

/** Publishes a hall's configuration (insert or replace). */
export async function saveHall(db: Queryable, hall: Hall): Promise<void> {
  await db.query(
    `insert into halls (id, content) values ($1, $2::jsonb)
     on conflict (id) do update set content = excluded.content, updated_at = now()`,
    [hall.id, JSON.stringify(hall)],
  );
}

/** A verifier of `password` with a fresh random salt. */
export function newVerifier(password: string): Promise<string> {
  return makeVerifier(password, randomBytes(16), webCryptoPbkdf2);
}

/** Creates or updates an officer with the verifier of their password (see newVerifier). */
export async function saveOfficer(
  db: Queryable,
  hallId: string,
  officer: Officer,
  verifier: string,
): Promise<void> {
  await db.query(
    `insert into officers (id, hall_id, name, roles, window_code, section_id, service_point_code, verifier)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)
     on conflict (id) do update set name = excluded.name, roles = excluded.roles, window_code = excluded.window_code,
       section_id = excluded.section_id, service_point_code = excluded.service_point_code,
       verifier = excluded.verifier, updated_at = now()`,
    [
      officer.id,
      hallId,
      officer.name,
      JSON.stringify(officer.roles),
      officer.windowCode ?? null,
      officer.sectionId ?? null,
      officer.servicePointCode ?? null,
      verifier,
    ],
  );
}

export async function saveCredit(db: Queryable, entry: CreditRecord): Promise<void> {
  await db.query(
    `insert into credit_list (id_number, level, source, until) values ($1, $2, $3, $4)
     on conflict (id_number) do update set level = excluded.level, source = excluded.source,
       until = excluded.until, updated_at = now()`,
    [entry.idNumber, entry.level, entry.source, entry.until ?? null],
  );
}

type OfficerRow = {
  id: string;
  name: string;
  roles: Role[];
  window_code: string | null;
  section_id: string | null;
  service_point_code: string | null;
  verifier: string;
};
type CreditRow = { id_number: string; level: Credit; source: string; until: string | null };

/** The hall's published configuration (the first hall when no id is given). */
export async function readHall(db: Queryable, hallId?: string): Promise<Hall | undefined> {
  const [row] = await db.query<{ content: Hall }>(
    hallId === undefined
      ? 'select content from halls order by id limit 1'
      : 'select content from halls where id = $1',
    hallId === undefined ? [] : [hallId],
  );
  return row?.content;
}

/** Everything a device of the hall needs to work offline: the hall, its active officers, the credit list. */
export async function readReferenceData(db: Queryable, hallId?: string): Promise<ReferenceData | undefined> {
  const hall = await readHall(db, hallId);
  if (!hall) return undefined;
  const officers = await db.query<OfficerRow>(
    `select id, name, roles, window_code, section_id, service_point_code, verifier
     from officers where hall_id = $1 and active order by id`,
    [hall.id],
  );
  const credit = await db.query<CreditRow>(
    'select id_number, level, source, until::text as until from credit_list order by id_number',
  );
  return {
    hall,
    officers: officers.map((o) => ({
      id: o.id,
      name: o.name,
      roles: o.roles,
      ...(o.window_code === null ? {} : { windowCode: o.window_code }),
      ...(o.section_id === null ? {} : { sectionId: o.section_id }),
      ...(o.service_point_code === null ? {} : { servicePointCode: o.service_point_code }),
      verifier: o.verifier,
    })),
    credit: credit.map((c) => ({
      idNumber: c.id_number,
      level: c.level,
      source: c.source,
      ...(c.until === null ? {} : { until: c.until }),
    })),
  };
}
