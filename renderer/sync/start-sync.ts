import { liveQuery } from 'dexie';
import type { ReferenceVersions } from '../../shared/sync';
import type { CounterDb } from '../db/schema';
import { ensureCredential, type DeviceCredential } from './credential';
import { createDexieSyncStore } from './dexie-sync-store';
import { refreshCatalog, refreshHallData } from './reference-data';
import { openStream } from './stream-client';
import { createSyncEngine, type EngineReport, type SyncEngine } from './sync-engine';
import { createHttpTransport } from './transport';

const REFERENCE_KEY = 'sync.referenceVersions';

export interface SyncHandle {
  engine: SyncEngine | undefined;
  credential: DeviceCredential | undefined;
  stop(): void;
}

export interface StartSyncOptions {
  db: CounterDb;
  serverUrl: string;
  windowCode: string;
  /** import.meta.env.DEV: enroll automatically through the dev server when not enrolled. */
  dev: boolean;
  onReport: (report: EngineReport) => void;
  onCredential?: (credential: DeviceCredential | undefined) => void;
  onStream?: (connected: boolean) => void;
}

let running: Promise<SyncHandle> | undefined;

/**
 * Starts the background sync of this page once (a second call gets the same handle): the engine
 * over Dexie and HTTP, woken by local writes (the outbox changing), the browser coming online and
 * the server's stream. Nothing here is on the path of a window action.
 */
export function startSync(options: StartSyncOptions): Promise<SyncHandle> {
  running ??= start(options);
  return running;
}

/** Stops the running sync, if any (logout of the device, tests). */
export async function stopSync(): Promise<void> {
  const handle = await running;
  running = undefined;
  handle?.stop();
}

async function start(options: StartSyncOptions): Promise<SyncHandle> {
  const { db, serverUrl } = options;
  const credential = await ensureCredential(db, serverUrl, {
    dev: options.dev,
    windowCode: options.windowCode,
  });
  options.onCredential?.(credential);
  if (!credential) {
    options.onReport({ phase: 'stopped' });
    running = undefined; // enrolled later (the first-run form): the next call starts for real
    return { engine: undefined, credential, stop: () => undefined };
  }
  const engine = createSyncEngine({
    store: createDexieSyncStore(db),
    transport: createHttpTransport({ serverUrl, credential: credential.credential }),
    onReport: options.onReport,
    onReference: (versions) => void refreshReference(db, serverUrl, versions),
  });
  const outbox = liveQuery(() => db.$outbox.count()).subscribe({
    next: () => engine.poke('local'),
    error: () => undefined,
  });
  const blobs = liveQuery(() => db.$blobOutbox.count()).subscribe({
    next: () => engine.poke('local'),
    error: () => undefined,
  });
  const online = () => engine.poke('online');
  const offline = () => options.onReport({ online: false });
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  const stream = openStream({
    serverUrl,
    credential: credential.credential,
    onMessage: (message) => {
      if (message.type !== 'ping') engine.poke('stream');
    },
    onConnected: (connected) => options.onStream?.(connected),
  });
  engine.start();
  return {
    engine,
    credential,
    stop() {
      engine.stop();
      outbox.unsubscribe();
      blobs.unsubscribe();
      stream.close();
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    },
  };
}

/** Refreshes the catalog or the hall data when the server's versions differ from those last seen. */
async function refreshReference(
  db: CounterDb,
  serverUrl: string,
  versions: ReferenceVersions,
): Promise<void> {
  const row = await db.$syncState.get(REFERENCE_KEY);
  const seen = (row?.value ?? {}) as Partial<ReferenceVersions>;
  if (seen.catalog === versions.catalog && seen.hall === versions.hall) return;
  const catalog = seen.catalog === versions.catalog ? undefined : await refreshCatalog(db, serverUrl);
  const hall = seen.hall === versions.hall ? undefined : await refreshHallData(db, serverUrl);
  const okCatalog = catalog === undefined || catalog.kind === 'updated' || catalog.kind === 'unchanged';
  const okHall = hall === undefined || hall.kind === 'updated' || hall.kind === 'unchanged';
  await db.$syncState.put({
    key: REFERENCE_KEY,
    value: { catalog: okCatalog ? versions.catalog : seen.catalog, hall: okHall ? versions.hall : seen.hall },
  });
}
