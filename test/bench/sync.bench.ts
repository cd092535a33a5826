import { randomBytes, createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Database } from '../../server/db/database';
import { openDatabase } from '../../server/db/open-database';
import { startServer, type RunningServer } from '../../server/start-server';
import { createEnrollmentCode, enrollDevice } from '../../server/store/devices';
import { MemorySyncStore } from '../../renderer/sync/memory-sync-store';
import { createSyncEngine } from '../../renderer/sync/sync-engine';
import { createHttpTransport, type SyncTransport } from '../../renderer/sync/transport';
import type { CaseEvent } from '../../shared/domain';
import { EventFactory } from '../support/case-events';
import { machineLine, measure, printTable, type Measurement } from './harness';

/** A device's events: a new case every 10 events (registered + 9 notes), like a busy window. */
function eventsFor(deviceId: string, count: number): CaseEvent[] {
  const f = new EventFactory(deviceId);
  const out: CaseEvent[] = [];
  let caseId = '';
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) {
      const reg = f.register();
      caseId = reg.caseId;
      out.push(reg);
    } else out.push(f.note(caseId, `第 ${i} 条备注`));
  }
  return out;
}

async function device(running: RunningServer, id: string): Promise<SyncTransport> {
  const { code } = await createEnrollmentCode(running.db, { kind: 'window', counterCode: 'W01' });
  const { credential } = await enrollDevice(running.db, { code, deviceId: id });
  return createHttpTransport({ serverUrl: running.url, credential });
}

function perEvent(m: Measurement, name: string, batch: number): Measurement {
  return { ...m, name, opsPerSecond: m.opsPerSecond * batch };
}

async function ingest(running: RunningServer, label: string): Promise<Measurement[]> {
  const rows: Measurement[] = [];
  for (const [batch, iterations] of [
    [500, 20],
    [50, 100],
    [1, 400],
  ] as const) {
    const id = `dev-bench-${label}-${batch}-${randomBytes(3).toString('hex')}`;
    const transport = await device(running, id);
    const events = eventsFor(id, batch * (iterations + Math.min(50, iterations)));
    let next = 0;
    const m = await measure(
      `ingest, batches of ${batch} (${label}) — events/s`,
      async () => {
        const slice = events.slice(next, next + batch);
        next += batch;
        const reply = await transport.push({ deviceId: id, events: slice });
        if (!reply.ok) throw new Error(reply.error.message);
      },
      iterations,
    );
    rows.push(perEvent(m, m.name, batch));
  }
  return rows;
}

async function catchUp(running: RunningServer, label: string): Promise<Measurement> {
  const id = `dev-backlog-${label}-${randomBytes(3).toString('hex')}`;
  const transport = await device(running, id);
  const store = new MemorySyncStore(id);
  const events = eventsFor(id, 10_000);
  for (let i = 0; i < 200; i++) {
    const bytes = randomBytes(40 * 1024);
    const sha = createHash('sha256').update(bytes).digest('hex');
    store.addBlob(sha, bytes);
    const target = events[i * 50];
    if (target) target.blobs.push(sha); // the envelope names it (hash left stale: a benchmark of transport)
  }
  store.record(events);
  const start = performance.now();
  const result = await createSyncEngine({ store, transport }).syncOnce();
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(result.error.message);
  return {
    name: `catch-up: 10,000 events + 200 blobs of 40 KB (${label}) — events/s`,
    iterations: 1,
    medianMs: ms,
    p95Ms: ms,
    opsPerSecond: 10_000 / (ms / 1000),
  };
}

async function pullLatency(running: RunningServer, label: string): Promise<Measurement[]> {
  const transport = await device(running, `dev-puller-${label}-${randomBytes(3).toString('hex')}`);
  const head = await transport.pull('999999999999');
  const hw = head.ok ? Number(head.value.cursor) : 0;
  return [
    await measure(
      `pull, 100 new events (${label})`,
      async () => {
        const r = await transport.pull(String(Math.max(0, hw - 100)));
        if (!r.ok) throw new Error(r.error.message);
      },
      200,
    ),
    await measure(
      `pull, nothing new (${label})`,
      async () => {
        const r = await transport.pull(String(hw));
        if (!r.ok) throw new Error(r.error.message);
      },
      300,
    ),
  ];
}

async function onEngine(
  label: string,
  open: () => Promise<{ db: Database; dispose: () => Promise<void> }>,
): Promise<Measurement[]> {
  const { db, dispose } = await open();
  const running = await startServer({ db, port: 0, host: '127.0.0.1', demo: true, logger: false });
  try {
    return [
      ...(await ingest(running, label)),
      await catchUp(running, label),
      ...(await pullLatency(running, label)),
    ];
  } finally {
    await running.close();
    await dispose();
  }
}

/** `npm run bench` section: server ingest, backlog catch-up over loopback, pull latency. Never asserted. */
export async function runSyncBenchmarks(): Promise<void> {
  const rows = await onEngine('PGlite', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, dispose: () => db.close() };
  });
  const url = process.env['DATABASE_URL']?.trim();
  if (url) {
    rows.push(
      ...(await onEngine('PostgreSQL', async () => {
        const schema = `ow_bench_${randomBytes(4).toString('hex')}`;
        const admin = await openDatabase({ url });
        await admin.query(`create schema ${schema}`);
        const db = await openDatabase({ url, schema });
        return {
          db,
          dispose: async () => {
            await db.close();
            await admin.query(`drop schema ${schema} cascade`);
            await admin.close();
          },
        };
      })),
    );
  }
  printTable('Sync (server over loopback HTTP; ops/s column = events/s for ingest and catch-up)', rows);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(machineLine());
  await runSyncBenchmarks();
}
