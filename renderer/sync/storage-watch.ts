/**
 * The browser's storage for this origin (ARCHITECTURE.md: persistence requested, use watched, a
 * full disk gives an alert, never a wipe). `persist()` asks the browser not to evict IndexedDB
 * under pressure; Electron grants it.
 */
export type StorageLevel = 'ok' | 'warning' | 'critical';
export interface StorageReport {
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
  level: StorageLevel;
}

export const WARNING_RATIO = 0.8;
export const CRITICAL_RATIO = 0.95;

export function storageLevel(usage: number | undefined, quota: number | undefined): StorageLevel {
  if (usage === undefined || quota === undefined || quota <= 0) return 'ok';
  const ratio = usage / quota;
  return ratio >= CRITICAL_RATIO ? 'critical' : ratio >= WARNING_RATIO ? 'warning' : 'ok';
}

type StorageApi = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

export async function requestPersistence(storage: StorageApi | undefined): Promise<boolean | undefined> {
  if (!storage) return undefined;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return undefined; // not offered here (an insecure origin): the report shows "unknown"
  }
}

export async function readStorage(
  storage: StorageApi | undefined,
  persisted: boolean | undefined,
): Promise<StorageReport> {
  if (!storage) return { persisted, usage: undefined, quota: undefined, level: 'ok' };
  try {
    const { usage, quota } = await storage.estimate();
    return { persisted, usage, quota, level: storageLevel(usage, quota) };
  } catch {
    return { persisted, usage: undefined, quota: undefined, level: 'ok' };
  }
}

/** Requests persistence once, then reports storage now and every `intervalMs`. Returns the stop function. */
export function watchStorage(
  storage: StorageApi | undefined,
  onReport: (report: StorageReport) => void,
  intervalMs = 60_000,
): () => void {
  let persisted: boolean | undefined;
  let stopped = false;
  const check = async () => {
    const report = await readStorage(storage, persisted);
    if (!stopped) onReport(report);
  };
  void (async () => {
    persisted = await requestPersistence(storage);
    await check();
  })();
  const timer = setInterval(() => void check(), intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
