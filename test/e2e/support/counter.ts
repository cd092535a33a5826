import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync';

/** The repository root: shared/ modules are served by Vite under /@fs/<root>/shared/…. */
export const root = process.cwd();

/**
 * Opens the counter in `page` as window (or service point) `windowCode` of the demo hall. The
 * setting is written before the app loads, as the settings screen would have saved it.
 */
export async function openCounter(page: Page, options: { windowCode?: string } = {}): Promise<void> {
  const windowCode = options.windowCode ?? 'W01';
  await page.addInitScript((code) => {
    const key = 'onewindow.settings';
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...saved, windowCode: code }));
  }, windowCode);
  await page.goto('/');
}

/**
 * Starts the page's background sync (renderer/sync/start-sync.ts, the app's own module instance,
 * imported by its root-relative URL) and waits until the device is enrolled. Returns its device id.
 */
export async function startCounterSync(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const { startSync } = await import(/* @vite-ignore */ `${location.origin}/sync/start-sync.ts`);
    const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
    const settings = JSON.parse(localStorage.getItem('onewindow.settings') ?? '{}') as {
      windowCode?: string;
    };
    const handle = await startSync({
      db,
      serverUrl: '',
      windowCode: settings.windowCode ?? 'W01',
      dev: true,
      onReport: () => undefined,
    });
    if (!handle.credential) throw new Error('the counter did not enroll');
    return handle.credential.deviceId as string;
  });
}

/** An observer device for the test itself: a dev code from Vite, enrolled through the API. */
export async function enrollObserver(request: APIRequestContext): Promise<Record<string, string>> {
  const code = (await (await request.get('/__dev/enrollment-code?kind=window&counter=W08')).json()).value
    .code as string;
  const reply = await request.post('/api/v1/devices/enroll', {
    headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
    data: { code, deviceId: `dev-observer-${Date.now()}` },
  });
  const credential = (await reply.json()).value.credential as string;
  return { authorization: `Bearer ${credential}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
}

/** Every accepted event of the hall on the central server, through the pull API. */
export async function serverEvents(
  request: APIRequestContext,
  headers: Record<string, string>,
): Promise<Array<{ id: string; deviceId: string; blobs: string[] }>> {
  const out: Array<{ id: string; deviceId: string; blobs: string[] }> = [];
  let cursor = '0';
  for (;;) {
    const value = (await (await request.get(`/api/v1/sync/pull?cursor=${cursor}`, { headers })).json()).value;
    out.push(
      ...value.events.map((p: { event: { id: string; deviceId: string; blobs: string[] } }) => p.event),
    );
    cursor = value.cursor;
    if (!value.more) return out;
  }
}

export async function newCounterPage(context: BrowserContext, windowCode: string): Promise<Page> {
  const page = await context.newPage();
  await openCounter(page, { windowCode });
  return page;
}
