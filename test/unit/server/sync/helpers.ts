import type { FastifyInstance } from 'fastify';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type DeviceKind } from '../../../../shared/sync';
import type { Database } from '../../../../server/db/database';
import { createEnrollmentCode } from '../../../../server/store/devices';

export type Enrolled = { deviceId: string; credential: string; headers: Record<string, string> };

/** Enrolls a device through the real route with a fresh one-time code. */
export async function enrollThroughApi(
  app: FastifyInstance,
  db: Database,
  deviceId: string,
  counter: { kind: DeviceKind; counterCode: string } = { kind: 'window', counterCode: 'W01' },
): Promise<Enrolled> {
  const { code } = await createEnrollmentCode(db, counter);
  const reply = await app.inject({
    method: 'POST',
    url: '/api/v1/devices/enroll',
    headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
    payload: { code, deviceId },
  });
  if (reply.statusCode !== 200) throw new Error(`enroll failed: ${reply.body}`);
  const credential = reply.json().value.credential as string;
  return {
    deviceId,
    credential,
    headers: { authorization: `Bearer ${credential}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
  };
}
