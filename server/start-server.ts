import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildServer } from './app';
import { DatabaseOpenError, errorText, type Database } from './db/database';
import { migrate, MigrationError } from './db/migrate';
import { openDatabase } from './db/open-database';
import { seedDemo } from './seed';

export const DEFAULT_PORT = 4310;
export const DEFAULT_HOST = '127.0.0.1';

/** Each option left out is read from the environment (`env`, default process.env), then defaulted. */
export type StartServerOptions = {
  /** PORT, default 4310; 0 picks a free port (tests). */
  port?: number;
  /** HOST, default 127.0.0.1 (this machine only); 0.0.0.0 to serve the hall's network. */
  host?: string;
  /** DATABASE_URL: PostgreSQL; else PGlite in `dataDir`. */
  databaseUrl?: string;
  /** ONEWINDOW_DATA_DIR, default .data/server; 'memory://' for a throwaway database. */
  dataDir?: string;
  /** ONEWINDOW_DB_SCHEMA: PostgreSQL only, the (existing) schema to use instead of the default. */
  schema?: string;
  /** An already open database to use instead; the caller keeps it and closes it. */
  db?: Database;
  /** Publish the demo catalog on an empty database; false when ONEWINDOW_NO_DEMO=1. */
  demo?: boolean;
  logger?: FastifyServerOptions['logger'];
  env?: Readonly<Record<string, string | undefined>>;
};

export type RunningServer = {
  /** Where clients reach it, e.g. http://127.0.0.1:4310 (a wildcard host is given as loopback). */
  url: string;
  port: number;
  db: Database;
  schemaVersion: number;
  /** Stops accepting, finishes in-flight requests, then closes the database if it opened it. */
  close(): Promise<void>;
};

/** The server could not start; `message` is the one line an operator needs (zh-CN, then English). */
export class ServerStartError extends Error {
  override readonly name = 'ServerStartError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Errors whose message is complete for an operator: printed as one line, without a stack. */
export function isOperatorError(error: unknown): error is Error {
  return (
    error instanceof ServerStartError || error instanceof DatabaseOpenError || error instanceof MigrationError
  );
}

/** Opens (or takes) the database, migrates it, seeds the demo catalog if wanted, and listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const port = options.port ?? parsePort(env['PORT']);
  const host = options.host ?? (env['HOST']?.trim() || DEFAULT_HOST);
  const demo = options.demo ?? env['ONEWINDOW_NO_DEMO'] !== '1';
  const ownsDb = options.db === undefined;
  const db =
    options.db ??
    (await openDatabase({
      url: options.databaseUrl ?? env['DATABASE_URL'],
      dataDir: options.dataDir ?? env['ONEWINDOW_DATA_DIR'],
      schema: options.schema ?? (env['ONEWINDOW_DB_SCHEMA']?.trim() || undefined),
    }));
  let app: FastifyInstance | undefined;
  try {
    const { schemaVersion } = await migrate(db);
    if (demo) await seedDemo(db);
    app = buildServer({ db, ...(options.logger === undefined ? {} : { logger: options.logger }) });
    await listen(app, port, host);
    const address = app.server.address() as AddressInfo;
    const server = app;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost(address.address)}:${address.port}`,
      port: address.port,
      db,
      schemaVersion,
      close() {
        closing ??= server.close().finally(() => (ownsDb ? db.close() : undefined));
        return closing;
      },
    };
  } catch (error) {
    await app?.close();
    if (ownsDb) await db.close();
    throw error;
  }
}

async function listen(app: FastifyInstance, port: number, host: string): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE'
        ? `端口 ${port} 已被占用（设置 PORT 换一个端口） — port in use`
        : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
          ? `本机没有地址 ${host}（检查 HOST） — address not available`
          : errorText(cause);
    throw new ServerStartError(`无法在 ${host}:${port} 监听：${why}`, { cause });
  }
}

function parsePort(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ServerStartError(`PORT 无效：${text}（应为 0–65535 的整数） — invalid PORT`);
  }
  return port;
}

function urlHost(address: string): string {
  if (address === '0.0.0.0') return '127.0.0.1';
  if (address === '::') return '[::1]';
  return address.includes(':') ? `[${address}]` : address;
}
