import { z } from 'zod';
import { parseCatalog } from '../../shared/catalog';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync';
import { currentCatalogVersion, saveCatalog } from '../db/catalog-repository';
import type { CounterDb } from '../db/schema';

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
