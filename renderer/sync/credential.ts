import { z } from 'zod';
import { deviceKindSchema, type DeviceKind } from '../../shared/sync';
import { deviceId } from '../db/case-repository';
import type { CounterDb } from '../db/schema';
import type { CounterBridge } from '../../shared/ipc';
import { enrollOverHttp } from './transport';

/**
 * What enrollment gave this device. Kept through the counter bridge's secrets: in Electron main
 * encrypts it with the OS keystore (safeStorage), never in IndexedDB where any page script or a
 * copied profile could read it; in browser mode (development) the profile keeps it.
 */
export const deviceCredentialSchema = z.object({
  deviceId: z.string(),
  credential: z.string().min(20),
  hallId: z.string(),
  kind: deviceKindSchema,
  counterCode: z.string(),
  enrolledAt: z.string(),
});
export type DeviceCredential = z.infer<typeof deviceCredentialSchema>;

type Secrets = CounterBridge['secrets'];

// Loaded on first use: the bridge module reads `window`, which unit tests of this module lack.
async function bridgeSecrets(): Promise<Secrets> {
  return (await import('../platform')).counter.secrets;
}

export async function readCredential(secrets?: Secrets): Promise<DeviceCredential | undefined> {
  const stored = await (secrets ?? (await bridgeSecrets())).get('device-credential');
  if (!stored.ok || stored.value === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(stored.value);
  } catch {
    return undefined;
  }
  const parsed = deviceCredentialSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** Forgets the credential (a revoked device that IT enrolls again with a new code). */
export async function clearCredential(secrets?: Secrets): Promise<void> {
  await (secrets ?? (await bridgeSecrets())).set('device-credential', null);
}

async function saveCredential(value: DeviceCredential): Promise<void> {
  const saved = await (await bridgeSecrets()).set('device-credential', JSON.stringify(value));
  // safeStorage refuses (no keyring on Linux): enrollment must fail in words, not half-succeed.
  if (!saved.ok) throw new Error(saved.error.message);
}

export type EnrollOutcome =
  { ok: true; value: DeviceCredential } | { ok: false; error: { code: string; message: string } };

/** Exchanges a one-time code (typed by the hall's IT, or minted in development) for the credential. */
export async function enrollWithCode(
  db: CounterDb,
  serverUrl: string,
  code: string,
  doFetch?: typeof fetch,
): Promise<EnrollOutcome> {
  const id = await deviceId(db);
  const reply = await enrollOverHttp(
    serverUrl,
    { code, deviceId: id, label: navigator.userAgent.slice(0, 100) },
    doFetch,
  );
  if (!reply.ok) return { ok: false, error: { code: reply.error.code, message: reply.error.message } };
  const value: DeviceCredential = { ...reply.value, enrolledAt: new Date().toISOString() };
  try {
    await saveCredential(value);
  } catch (error) {
    return { ok: false, error: { code: 'credential-not-saved', message: (error as Error).message } };
  }
  return { ok: true, value };
}

const devCodeReplySchema = z.object({ ok: z.literal(true), value: z.object({ code: z.string() }) });

/**
 * Development only (`npm run web`): asks the dev server's `/__dev/enrollment-code` for a code for
 * this window and enrolls with it, so a fresh browser profile syncs with no manual step.
 */
export async function enrollForDevelopment(
  db: CounterDb,
  serverUrl: string,
  counter: { kind: DeviceKind; counterCode: string },
  doFetch: typeof fetch = (i, n) => fetch(i, n),
): Promise<EnrollOutcome> {
  let code: string;
  try {
    const response = await doFetch(
      `/__dev/enrollment-code?kind=${counter.kind}&counter=${encodeURIComponent(counter.counterCode)}`,
    );
    const parsed = devCodeReplySchema.safeParse(await response.json());
    if (!parsed.success)
      return { ok: false, error: { code: 'dev-enrollment', message: '开发服务器未提供注册码' } };
    code = parsed.data.value.code;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'dev-enrollment', message: `开发服务器未提供注册码：${String(error)}` },
    };
  }
  return enrollWithCode(db, serverUrl, code, doFetch);
}

let inFlight: Promise<DeviceCredential | undefined> | undefined;

/**
 * The device credential: the stored one, else — in development only — a fresh automatic
 * enrollment. One enrollment at a time per page, whoever asks (the gate, the reference refresh).
 */
export function ensureCredential(
  db: CounterDb,
  serverUrl: string,
  options: { dev: boolean; windowCode: string },
): Promise<DeviceCredential | undefined> {
  inFlight ??= (async () => {
    const stored = await readCredential();
    if (stored || !options.dev) return stored;
    const kind: DeviceKind = /^V\d/.test(options.windowCode) ? 'village' : 'window';
    const enrolled = await enrollForDevelopment(db, serverUrl, { kind, counterCode: options.windowCode });
    return enrolled.ok ? enrolled.value : undefined;
  })().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}
