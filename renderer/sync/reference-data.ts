import { z } from 'zod';
import { parseCatalog } from '../../shared/catalog';
import { creditSchema } from '../../shared/domain';
import { hallSchema, roleSchema } from '../../shared/hall';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync';
import { currentCatalogVersion, saveCatalog } from '../db/catalog-repository';
import { counter } from '../platform';
import type { CounterDb } from '../db/schema';
import { ensureCredential } from './credential';

const catalogReplySchema = z.object({
  ok: z.literal(true),
  value: z.object({ version: z.string(), catalog: z.unknown() }),
});

export type RefreshOutcome =
  | { kind: 'updated'; version: string }
  | { kind: 'unchanged'; version: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'refused'; message: string };

/**
 * Fetches the published catalog from the central server into Dexie. The UI reads Dexie only,
 * so a server that is down leaves the window working on the version it already holds.
 */
export async function refreshCatalog(
  db: CounterDb,
  serverUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<RefreshOutcome> {
  let response: Response;
  try {
    response = await fetcher(`${serverUrl}/api/v1/catalog`, {
      headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
    });
  } catch (error) {
    return { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { kind: 'refused', message: `中心服务返回 ${response.status}` };
  const reply = catalogReplySchema.safeParse(await response.json().catch(() => undefined));
  if (!reply.success) return { kind: 'refused', message: '中心服务返回的事项目录格式不正确' };
  const catalog = parseCatalog(reply.data.value.catalog);
  if (!catalog.ok) {
    return {
      kind: 'refused',
      message: `事项目录校验失败：${catalog.errors.map((e) => `${e.path} ${e.zh}`).join('；')}`,
    };
  }
  const { version } = reply.data.value;
  if ((await currentCatalogVersion(db)) === version) return { kind: 'unchanged', version };
  await saveCatalog(db, version, catalog.value, new Date().toISOString());
  return { kind: 'updated', version };
}

const referenceReplySchema = z.object({
  ok: z.literal(true),
  value: z.object({
    hall: hallSchema,
    officers: z.array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        roles: z.array(roleSchema).min(1),
        windowCode: z.string().optional(),
        sectionId: z.string().optional(),
        servicePointCode: z.string().optional(),
        verifier: z.string().min(1),
      }),
    ),
    credit: z.array(
      z.object({
        idNumber: z.string().min(1),
        level: creditSchema,
        source: z.string(),
        until: z.string().optional(),
      }),
    ),
  }),
});

/**
 * Fetches the hall configuration, its officers (with the verifiers that let them log in offline)
 * and the credit list, and replaces the local copies in one transaction: an officer removed at
 * the centre can no longer log in here once this device has heard of it.
 */
export async function refreshHallData(
  db: CounterDb,
  serverUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<RefreshOutcome> {
  // The verifiers are for enrolled devices only; in development a fresh profile enrolls itself.
  const credential = await ensureCredential(db, serverUrl, {
    dev: import.meta.env.DEV,
    windowCode: await settingsWindowCode(),
  });
  if (!credential) return { kind: 'refused', message: '本设备尚未注册：请用管理员提供的注册码注册' };
  let response: Response;
  try {
    response = await fetcher(`${serverUrl}/api/v1/reference`, {
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        authorization: `Bearer ${credential.credential}`,
      },
    });
  } catch (error) {
    return { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { kind: 'refused', message: `中心服务返回 ${response.status}` };
  const reply = referenceReplySchema.safeParse(await response.json().catch(() => undefined));
  if (!reply.success) return { kind: 'refused', message: '中心服务返回的大厅配置格式不正确' };
  const { hall, officers, credit } = reply.data.value;
  const receivedAt = new Date().toISOString();
  await db.transaction('rw', [db.halls, db.officers, db.credit], async () => {
    await db.halls.clear();
    await db.halls.put({ id: hall.id, content: hall, receivedAt });
    await db.officers.clear();
    await db.officers.bulkPut(officers.map((o) => withoutUndefined(o)));
    await db.credit.clear();
    await db.credit.bulkPut(credit.map((c) => withoutUndefined(c)));
  });
  return { kind: 'updated', version: hall.id };
}

async function settingsWindowCode(): Promise<string> {
  const settings = await counter.settings.get();
  return settings.ok ? settings.value.windowCode : 'W01';
}

/** zod gives absent optional keys as `undefined`; rows keep them absent (exactOptionalPropertyTypes). */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
