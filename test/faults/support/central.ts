import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../server/db/open-database';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type DeviceKind,
  type PulledEvent,
  type RejectedEvent,
} from '../../../shared/sync';
import { createHttpTransport, enrollOverHttp, type SyncTransport } from '../../../renderer/sync/transport';
import { testDatabaseUrl } from '../../support/database';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export type Enrolled = { deviceId: string; credential: string; transport: SyncTransport };

/**
 * The REAL central server in a child process (tsx, as `npm run server`), on a fixed port and its
 * own storage (a temp PGlite folder, or a fresh PostgreSQL schema under `npm run test:pg`), so it
 * can be SIGKILLed and started again on the same data.
 */
export class CentralProcess {
  url = '';
  private child: ChildProcess | undefined;
  private output = '';
  private waiters: Array<{ pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];

  private constructor(
    private readonly port: number,
    private readonly env: Record<string, string>,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static async start(): Promise<CentralProcess> {
    const port = await freePort();
    const url = testDatabaseUrl();
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    if (url) {
      const schema = `ow_fault_${randomBytes(6).toString('hex')}`;
      const admin = await openDatabase({ url });
      await admin.query(`create schema ${schema}`);
      await admin.close();
      env = { DATABASE_URL: url, ONEWINDOW_DB_SCHEMA: schema };
      cleanup = async () => {
        const db = await openDatabase({ url });
        await db.query(`drop schema ${schema} cascade`);
        await db.close();
      };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'ow-fault-'));
      env = { ONEWINDOW_DATA_DIR: join(dir, 'data') };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    const central = new CentralProcess(port, env, cleanup);
    await central.launch();
    return central;
  }

  async launch(): Promise<void> {
    const { DATABASE_URL: _inherited, ...rest } = process.env;
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/faults/support/server-process.ts'], {
      env: { ...rest, HOST: '127.0.0.1', PORT: String(this.port), LOG_LEVEL: 'error', ...this.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    const onData = (chunk: Buffer) => {
      this.output += chunk.toString();
      for (const waiter of [...this.waiters]) {
        const match = waiter.pattern.exec(this.output);
        if (match) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          this.output = this.output.slice((match.index ?? 0) + match[0].length);
          waiter.resolve(match);
        }
      }
    };
    child.stdout?.on('data', onData);
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const ready = this.waitFor(/READY (\S+)/);
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before ready:\n${stderr}`))),
    );
    const match = await Promise.race([ready, exited]);
    this.url = match[1] ?? '';
  }

  private waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
    const match = pattern.exec(this.output);
    if (match) {
      this.output = this.output.slice((match.index ?? 0) + match[0].length);
      return Promise.resolve(match);
    }
    return new Promise((resolve) => this.waiters.push({ pattern, resolve }));
  }

  private command(line: string, answer: RegExp): Promise<RegExpMatchArray> {
    const waiting = this.waitFor(answer);
    this.child?.stdin?.write(`${line}\n`);
    return waiting;
  }

  async enroll(deviceId: string, kind: DeviceKind = 'window', counter = 'W01'): Promise<Enrolled> {
    const [, code = ''] = await this.command(`enroll ${kind} ${counter}`, /CODE (\S+)/);
    const reply = await enrollOverHttp(this.url, { code, deviceId });
    if (!reply.ok) throw new Error(`enroll failed: ${reply.error.message}`);
    const credential = reply.value.credential;
    return { deviceId, credential, transport: createHttpTransport({ serverUrl: this.url, credential }) };
  }

  async revoke(deviceId: string): Promise<void> {
    await this.command(`revoke ${deviceId}`, new RegExp(`REVOKED ${deviceId}`));
  }

  /** SIGKILL: no close, no flush — a power cut. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    await this.cleanup();
  }

  headers(credential: string): Record<string, string> {
    return { authorization: `Bearer ${credential}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
  }

  /** Everything the server holds for the hall, as an observer device sees it: accepted and rejected. */
  async everything(observer: Enrolled): Promise<{ accepted: PulledEvent[]; rejected: RejectedEvent[] }> {
    const accepted: PulledEvent[] = [];
    let cursor = '0';
    for (;;) {
      const reply = await observer.transport.pull(cursor);
      if (!reply.ok) throw new Error(`pull failed: ${reply.error.message}`);
      accepted.push(...reply.value.events);
      cursor = reply.value.cursor;
      if (!reply.value.more) break;
    }
    const response = await fetch(`${this.url}/api/v1/sync/rejected`, {
      headers: this.headers(observer.credential),
    });
    const rejected = ((await response.json()) as { value: { events: RejectedEvent[] } }).value.events;
    return { accepted, rejected };
  }
}
