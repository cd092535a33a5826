import { request } from 'node:http';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySyncStore } from '../../renderer/sync/memory-sync-store';
import { createSyncEngine } from '../../renderer/sync/sync-engine';
import type { SyncTransport } from '../../renderer/sync/transport';
import { EventFactory } from '../support/case-events';
import { CentralProcess, type Enrolled } from './support/central';
import { expectConverged, syncUntilQuiet } from './support/converge';

let central: CentralProcess;
let observer: Enrolled;

beforeAll(async () => {
  central = await CentralProcess.start();
  observer = await central.enroll('dev-observer');
});
afterAll(async () => central?.stop());

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function head(enrolled: Enrolled, hash: string): Promise<number> {
  const response = await fetch(`${central.url}/api/v1/blobs/${hash}`, {
    method: 'HEAD',
    headers: central.headers(enrolled.credential),
  });
  return response.status;
}

describe('the server killed mid-batch', () => {
  it('SIGKILL while a batch is in flight, then a restart: every event arrives once', async () => {
    const enrolled = await central.enroll('dev-crash');
    const store = new MemorySyncStore('dev-crash');
    const f = new EventFactory('dev-crash');
    for (let c = 0; c < 150; c++) {
      const reg = f.register();
      store.record([reg, ...Array.from({ length: 9 }, () => f.note(reg.caseId))]);
    }
    let calls = 0;
    let killed: Promise<void> | undefined;
    const killing: SyncTransport = {
      ...enrolled.transport,
      push: (req) => {
        calls += 1;
        const sent = enrolled.transport.push(req);
        // The third batch is on the wire when the power goes.
        if (calls === 3) killed = central.kill();
        return sent;
      },
    };
    const engine = createSyncEngine({ store, transport: killing, batchEvents: 250 });
    const first = await engine.syncOnce();
    expect(first.ok).toBe(false);
    await killed;
    expect(store.outbox.size).toBeGreaterThan(0);
    await central.launch();
    await syncUntilQuiet(store, enrolled);
    await expectConverged(central, observer, [store]);
    const { accepted } = await central.everything(observer);
    expect(accepted.filter((p) => p.event.deviceId === 'dev-crash')).toHaveLength(1500);
  });
});

describe('blobs', () => {
  it('an upload cut midway stores nothing; a corrupt blob is refused by hash; the real one then goes up', async () => {
    const enrolled = await central.enroll('dev-blob');
    const bytes = new Uint8Array(256 * 1024).map((_, i) => (i * 7) % 251);
    const hash = sha(bytes);
    const url = new URL(`${central.url}/api/v1/blobs/${hash}`);
    await new Promise<void>((resolve) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'PUT',
          headers: {
            ...central.headers(enrolled.credential),
            'content-type': 'application/octet-stream',
            'content-length': bytes.length,
          },
        },
        () => resolve(),
      );
      req.on('error', () => resolve());
      req.write(bytes.subarray(0, bytes.length / 2));
      setImmediate(() => {
        req.destroy();
        resolve();
      });
    });
    expect(await head(enrolled, hash)).toBe(404);
    const corrupt = bytes.slice();
    corrupt[1000] = (corrupt[1000] ?? 0) ^ 0xff;
    const refused = await enrolled.transport.putBlob(hash, corrupt);
    expect(refused).toMatchObject({ ok: false, error: { code: 'blob-hash-mismatch', status: 400 } });
    expect(await head(enrolled, hash)).toBe(404);

    const store = new MemorySyncStore('dev-blob');
    const f = new EventFactory('dev-blob');
    const reg = f.register();
    store.addBlob(hash, bytes);
    store.record([reg, f.note(reg.caseId, '扫描件', { blobs: [hash] })]);
    await syncUntilQuiet(store, enrolled);
    expect(store.blobOutbox.size).toBe(0);
    expect(await head(enrolled, hash)).toBe(200);
    const back = await fetch(`${central.url}/api/v1/blobs/${hash}`, {
      headers: central.headers(enrolled.credential),
    });
    expect(sha(new Uint8Array(await back.arrayBuffer()))).toBe(hash);
    // Uploading it again is an idempotent no-op.
    expect(await enrolled.transport.putBlob(hash, bytes)).toMatchObject({
      ok: true,
      value: { stored: 'existing' },
    });
    await expectConverged(central, observer, [store]);
  });
});
