import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  rejectedReplySchema,
  type RejectedEvent,
} from '../../../shared/sync';
import { readCredential } from '../../sync/credential';
import { deviceSettings } from '../sync/device-settings';

export type RejectedRead =
  | { ok: true; events: RejectedEvent[] }
  | { ok: false; code: 'not-enrolled' | 'offline' | 'refused'; message: string };

/**
 * The hall's events the central server rejected (GET /api/v1/sync/rejected, newest first), read
 * with this device's credential. Never throws: offline, unenrolled or refused come back in words.
 */
export async function readRejectedEvents(
  doFetch: typeof fetch = (i, n) => fetch(i, n),
): Promise<RejectedRead> {
  const credential = await readCredential();
  if (!credential) return { ok: false, code: 'not-enrolled', message: '本机尚未登记' };
  const { serverUrl } = await deviceSettings();
  let response: Response;
  try {
    response = await doFetch(`${serverUrl}/api/v1/sync/rejected`, {
      headers: {
        authorization: `Bearer ${credential.credential}`,
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      },
    });
  } catch (error) {
    return { ok: false, code: 'offline', message: error instanceof Error ? error.message : String(error) };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, code: 'offline', message: `HTTP ${response.status}` };
  }
  if (!response.ok) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    return {
      ok: false,
      code: 'refused',
      message: typeof message === 'string' ? message : `HTTP ${response.status}`,
    };
  }
  const parsed = rejectedReplySchema.safeParse((body as { value?: unknown } | null)?.value);
  if (!parsed.success) return { ok: false, code: 'refused', message: '中心服务的答复格式不符' };
  return { ok: true, events: parsed.data.events };
}
