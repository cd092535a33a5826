import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Hall } from '../../shared/hall';
import {
  ENROLLMENT_CODE_ALPHABET,
  ENROLLMENT_CODE_LENGTH,
  normalizeEnrollmentCode,
  type DeviceKind,
  type EnrollReply,
} from '../../shared/sync';
import type { Database, Queryable } from '../db/database';
import { HttpError } from '../http/errors';

/** An enrolled device as the routes see it after authentication. */
export interface Device {
  id: string;
  hallId: string;
  kind: DeviceKind;
  counterCode: string;
  revoked: boolean;
}

export const DEFAULT_CODE_HOURS = 24;

/** The administrator asked for something the hall does not have (an unknown window, no hall). */
export class EnrollmentSetupError extends Error {
  override readonly name = 'EnrollmentSetupError';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Makes a one-time enrollment code for a window or a village room of the hall (default: the only
 * hall) valid for `hours`. Only its hash is stored; the code itself is returned once.
 */
export async function createEnrollmentCode(
  db: Queryable,
  input: { kind: DeviceKind; counterCode: string; hallId?: string; hours?: number },
): Promise<{ code: string; hallId: string; expiresAt: Date }> {
  const hall = await findHall(db, input.hallId);
  const codes =
    input.kind === 'window' ? hall.windows.map((w) => w.code) : (hall.servicePoints ?? []).map((p) => p.code);
  if (!codes.includes(input.counterCode)) {
    const what = input.kind === 'window' ? '窗口' : '便民服务点';
    throw new EnrollmentSetupError(
      `大厅 ${hall.id} 没有${what} ${input.counterCode}（现有：${codes.join('、') || '无'}）`,
    );
  }
  const code = Array.from(
    { length: ENROLLMENT_CODE_LENGTH },
    () => ENROLLMENT_CODE_ALPHABET[randomInt(ENROLLMENT_CODE_ALPHABET.length)],
  ).join('');
  const hours = input.hours ?? DEFAULT_CODE_HOURS;
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db.query(
    `insert into enrollment_codes (code_hash, hall_id, kind, counter_code, expires_at) values ($1, $2, $3, $4, $5)`,
    [sha256Hex(code), hall.id, input.kind, input.counterCode, expiresAt],
  );
  return { code, hallId: hall.id, expiresAt };
}

async function findHall(db: Queryable, hallId: string | undefined): Promise<Hall> {
  const rows = await db.query<{ content: Hall }>(
    hallId === undefined
      ? 'select content from halls order by id'
      : 'select content from halls where id = $1',
    hallId === undefined ? [] : [hallId],
  );
  const first = rows[0];
  if (!first)
    throw new EnrollmentSetupError(hallId === undefined ? '中心尚未发布大厅配置' : `没有大厅 ${hallId}`);
  if (hallId === undefined && rows.length > 1)
    throw new EnrollmentSetupError(`中心有 ${rows.length} 个大厅：请用 --hall 指定`);
  return first.content;
}

/**
 * Exchanges a one-time code for a device credential, in one transaction: the code is used up
 * whether or not the reply reaches the device (a lost reply needs a new code, never a reused one).
 * A device id already enrolled gets a new credential (a reinstall keeping its data), unless revoked.
 */
export async function enrollDevice(
  db: Database,
  input: { code: string; deviceId: string; label?: string | undefined },
  now: Date = new Date(),
): Promise<EnrollReply> {
  const credential = `owd_${randomBytes(32).toString('base64url')}`;
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{
      hall_id: string;
      kind: DeviceKind;
      counter_code: string;
      expires_at: Date;
      used_at: Date | null;
    }>(
      `select hall_id, kind, counter_code, expires_at, used_at from enrollment_codes where code_hash = $1 for update`,
      [sha256Hex(normalizeEnrollmentCode(input.code))],
    );
    if (!row)
      throw new HttpError(
        400,
        'enrollment-code-invalid',
        '注册码不正确：请核对后重新输入，或向管理员索取新码',
      );
    if (row.used_at !== null)
      throw new HttpError(
        400,
        'enrollment-code-used',
        '注册码已被使用过：每个注册码只能用一次，请向管理员索取新码',
      );
    if (row.expires_at.getTime() <= now.getTime())
      throw new HttpError(400, 'enrollment-code-expired', '注册码已过期：请向管理员索取新码');
    const [existing] = await tx.query<{ revoked_at: Date | null }>(
      'select revoked_at from devices where id = $1',
      [input.deviceId],
    );
    if (existing?.revoked_at)
      throw new HttpError(403, 'device-revoked', '本设备已被停用，不能再次注册：请联系管理员');
    await tx.query(`update enrollment_codes set used_at = $2, used_by = $3 where code_hash = $1`, [
      sha256Hex(normalizeEnrollmentCode(input.code)),
      now,
      input.deviceId,
    ]);
    await tx.query(
      `insert into devices (id, hall_id, kind, counter_code, credential_hash, label) values ($1, $2, $3, $4, $5, $6)
       on conflict (id) do update set hall_id = excluded.hall_id, kind = excluded.kind,
         counter_code = excluded.counter_code, credential_hash = excluded.credential_hash,
         label = excluded.label, enrolled_at = now()`,
      [input.deviceId, row.hall_id, row.kind, row.counter_code, sha256Hex(credential), input.label ?? null],
    );
    return {
      deviceId: input.deviceId,
      credential,
      hallId: row.hall_id,
      kind: row.kind,
      counterCode: row.counter_code,
    };
  });
}

/** The device holding `credential`, revoked or not; undefined for an unknown credential. */
export async function findDeviceByCredential(db: Queryable, credential: string): Promise<Device | undefined> {
  const [row] = await db.query<{
    id: string;
    hall_id: string;
    kind: DeviceKind;
    counter_code: string;
    revoked_at: Date | null;
  }>('select id, hall_id, kind, counter_code, revoked_at from devices where credential_hash = $1', [
    sha256Hex(credential),
  ]);
  if (!row) return undefined;
  return {
    id: row.id,
    hallId: row.hall_id,
    kind: row.kind,
    counterCode: row.counter_code,
    revoked: row.revoked_at !== null,
  };
}

/** Revokes a device at once: its next request is refused. False when there is no such device. */
export async function revokeDevice(db: Queryable, deviceId: string): Promise<boolean> {
  const rows = await db.query(
    'update devices set revoked_at = coalesce(revoked_at, now()) where id = $1 returning id',
    [deviceId],
  );
  return rows.length > 0;
}

export interface DeviceListEntry {
  id: string;
  hallId: string;
  kind: DeviceKind;
  counterCode: string;
  label: string | null;
  enrolledAt: Date;
  revokedAt: Date | null;
  lastSeenAt: Date | null;
  lastSeq: number;
}

export async function listDevices(db: Queryable): Promise<DeviceListEntry[]> {
  const rows = await db.query<{
    id: string;
    hall_id: string;
    kind: DeviceKind;
    counter_code: string;
    label: string | null;
    enrolled_at: Date;
    revoked_at: Date | null;
    last_seen_at: Date | null;
    last_seq: number | null;
  }>(
    `select d.id, d.hall_id, d.kind, d.counter_code, d.label, d.enrolled_at, d.revoked_at, d.last_seen_at, s.last_seq
     from devices d left join device_seqs s on s.device_id = d.id order by d.hall_id, d.counter_code, d.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    hallId: r.hall_id,
    kind: r.kind,
    counterCode: r.counter_code,
    label: r.label,
    enrolledAt: r.enrolled_at,
    revokedAt: r.revoked_at,
    lastSeenAt: r.last_seen_at,
    lastSeq: r.last_seq ?? 0,
  }));
}
