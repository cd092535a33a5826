import { spawn } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import http from 'node:http';
import { join } from 'node:path';
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
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync';
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

/** What a load generator needs of a server: its database (to enroll devices) and its address. */
type Target = Pick<RunningServer, 'db' | 'url'>;

/** Enrolls a window device as an administrator would; returns its credential. */
async function enroll(running: Target, id: string): Promise<string> {
  const { code } = await createEnrollmentCode(running.db, { kind: 'window', counterCode: 'W01' });
  const { credential } = await enrollDevice(running.db, { code, deviceId: id });
  return credential;
}

async function device(running: Target, id: string): Promise<SyncTransport> {
  return createHttpTransport({ serverUrl: running.url, credential: await enroll(running, id) });
}

/**
 * How a load generator pushes one batch: through the counter's own client (`createHttpTransport`:
 * JSON.stringify, fetch and the reply's zod check each time), or as a request encoded before the
 * clock starts and sent with node:http, so that on this 2-core machine the load generator takes
 * as little CPU as it can from the server it measures (in a hall the devices are other machines).
 */
type Pushers = 'client' | 'encoded';

/** Pushes the device's batch of a round, resolving on the server's ack. */
type Pusher = (round: number) => Promise<void>;

async function pusher(
  running: Target,
  id: string,
  batches: readonly (readonly CaseEvent[])[],
  mode: Pushers,
): Promise<Pusher> {
  const credential = await enroll(running, id);
  if (mode === 'client') {
    const transport = createHttpTransport({ serverUrl: running.url, credential });
    return async (round) => {
      const reply = await transport.push({ deviceId: id, events: batches[round] ?? [] });
      if (!reply.ok) throw new Error(reply.error.message);
    };
  }
  const bodies = batches.map((events) => Buffer.from(JSON.stringify({ deviceId: id, events })));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/api/v1/sync/push', running.url);
  return (round) =>
    new Promise<void>((resolve, reject) => {
      const body = bodies[round];
      if (!body) return reject(new Error(`no batch ${round}`));
      const request = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            authorization: `Bearer ${credential}`,
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
            'content-type': 'application/json',
            'content-length': body.byteLength,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            const reply = JSON.parse(text) as { ok?: boolean };
            if (response.statusCode === 200 && reply.ok === true) resolve();
            else reject(new Error(`push refused (${response.statusCode}): ${text}`));
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}

/** A row of the sync table: a measurement with the target beside it (or why it has none). */
type Row = Measurement & { target: string };

const BATCHED_TARGET_PG = '≥ 20,000 events/s';

function perEvent(m: Measurement, name: string, batch: number): Measurement {
  return { ...m, name, opsPerSecond: m.opsPerSecond * batch };
}

/** One device pushing its batches one after another (each waits for the previous ack, as the client does). */
async function ingest(running: RunningServer, label: string, targetBatched: string): Promise<Row[]> {
  const rows: Row[] = [];
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
      `ingest, 1 device, batches of ${batch} (${label}) — events/s`,
      async () => {
        const slice = events.slice(next, next + batch);
        next += batch;
        const reply = await transport.push({ deviceId: id, events: slice });
        if (!reply.ok) throw new Error(reply.error.message);
      },
      iterations,
    );
    rows.push({ ...perEvent(m, m.name, batch), target: batch > 1 ? targetBatched : '— (single)' });
  }
  return rows;
}

/**
 * Many devices pushing at once, each its batches one after another: what the server takes in from
 * a hall (and what group commit is for). Throughput = all events / wall time; the latency columns
 * are per push.
 */
async function concurrentIngest(
  running: Target,
  label: string,
  devices: number,
  batch: number,
  rounds: number,
  target: string,
  mode: Pushers = 'client',
): Promise<Row> {
  const tag = randomBytes(3).toString('hex');
  const pushers = await Promise.all(
    Array.from({ length: devices }, async (_, d) => {
      const id = `dev-conc-${label}-${batch}-${d}-${tag}`;
      const events = eventsFor(id, batch * (rounds + 1));
      const batches = Array.from({ length: rounds + 1 }, (_, r) => events.slice(r * batch, (r + 1) * batch));
      return pusher(running, id, batches, mode);
    }),
  );
  const pushAll = async (from: number, count: number, samples: number[]) =>
    Promise.all(
      pushers.map(async (push) => {
        for (let r = from; r < from + count; r++) {
          const start = performance.now();
          await push(r);
          samples.push(performance.now() - start);
        }
      }),
    );
  await pushAll(0, 1, []); // warm-up: one batch per device
  const samples: number[] = [];
  const start = performance.now();
  await pushAll(1, rounds, samples);
  const wall = performance.now() - start;
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const how = mode === 'encoded' ? ', requests encoded beforehand' : '';
  return {
    name: `ingest, ${devices} devices at once, batches of ${batch} (${label}${how}) — events/s`,
    iterations: samples.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    opsPerSecond: (devices * rounds * batch) / (wall / 1000),
    target,
  };
}

async function catchUp(running: RunningServer, label: string): Promise<Row> {
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
    name: `catch-up: 10,000 events + 200 blobs of 40 KB (${label}) — events/s, ms = total`,
    iterations: 1,
    medianMs: ms,
    p95Ms: ms,
    opsPerSecond: 10_000 / (ms / 1000),
    target: '≤ 10 s (10,000 ms)',
  };
}

async function pullLatency(running: RunningServer, label: string): Promise<Row[]> {
  const transport = await device(running, `dev-puller-${label}-${randomBytes(3).toString('hex')}`);
  const head = await transport.pull('999999999999');
  const hw = head.ok ? Number(head.value.cursor) : 0;
  const rows = [
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
  return rows.map((m) => ({ ...m, target: '— (no target set)' }));
}

async function onEngine(
  label: string,
  targetBatched: string,
  open: () => Promise<{ db: Database; dispose: () => Promise<void> }>,
): Promise<Row[]> {
  const { db, dispose } = await open();
  const running = await startServer({ db, port: 0, host: '127.0.0.1', demo: true, logger: false });
  try {
    return [
      ...(await ingest(running, label, targetBatched)),
      await concurrentIngest(running, label, 4, 500, 5, targetBatched),
      await concurrentIngest(running, label, 8, 50, 25, targetBatched),
      await concurrentIngest(running, label, 32, 1, 40, '— (single)'),
      await catchUp(running, label),
      ...(await pullLatency(running, label)),
    ];
  } finally {
    await running.close();
    await dispose();
  }
}

/**
 * The server in its own process, as in a hall (the devices are other machines), and this process
 * only generating the load: what the server takes in when it does not share its event loop with
 * the pushing clients. PostgreSQL only: PGlite's data folder has one user, the server.
 */
async function apartIngest(url: string, schema: string): Promise<Row[]> {
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['server/main.ts'], {
    env: { ...process.env, DATABASE_URL: url, ONEWINDOW_DB_SCHEMA: schema, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const db = await openDatabase({ url, schema });
  try {
    let out = '';
    const serverUrl = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /Central server ready: (http:\/\/\S+)/.exec(out);
        if (found?.[1]) resolve(found[1]);
      });
      child.once('exit', (status) => reject(new Error(`server exited with ${status}: ${out}`)));
    });
    child.stdout.resume();
    const target = { db, url: serverUrl };
    const label = 'PostgreSQL, server in its own process';
    return [
      await concurrentIngest(target, label, 4, 500, 10, BATCHED_TARGET_PG),
      await concurrentIngest(target, label, 4, 500, 20, BATCHED_TARGET_PG, 'encoded'),
      await concurrentIngest(target, label, 8, 500, 10, BATCHED_TARGET_PG, 'encoded'),
    ];
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    });
    await db.close();
  }
}

/**
 * `npm run bench` section: server ingest (one device in sequence, and many at once), the catch-up
 * of a 10,000-event backlog with 200 blobs over loopback, pull latency; PGlite, and PostgreSQL
 * when DATABASE_URL is set. The targets are printed beside the results; never asserted.
 */
export async function runSyncBenchmarks(): Promise<void> {
  const rows = await onEngine('PGlite', '— (target is for PostgreSQL)', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, dispose: () => db.close() };
  });
  const url = process.env['DATABASE_URL']?.trim();
  if (url) {
    rows.push(
      ...(await onEngine('PostgreSQL', BATCHED_TARGET_PG, async () => {
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
    const schema = `ow_bench_${randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ url });
    await admin.query(`create schema ${schema}`);
    try {
      rows.push(...(await apartIngest(url, schema)));
    } finally {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.close();
    }
  } else {
    rows.push({
      name: 'PostgreSQL: skipped (set DATABASE_URL to measure it)',
      iterations: 0,
      medianMs: 0,
      p95Ms: 0,
      opsPerSecond: 0,
      target: BATCHED_TARGET_PG,
    });
  }
  printTable('Sync (server over loopback HTTP; ops/s = events/s for ingest and catch-up)', rows, {
    digits: 2,
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(machineLine());
  await runSyncBenchmarks();
}
