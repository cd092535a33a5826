/**
 * One SQL dialect (PostgreSQL) over two engines: embedded PGlite (the default, a data folder) and
 * a PostgreSQL server (production, via DATABASE_URL). Callers write plain PostgreSQL and never ask
 * which engine they have, except to report it.
 *
 * Values, the same on both engines:
 * - int8 / bigint / bigserial / count(*) come back as a JS number (a bigint only past 2^53).
 * - timestamptz comes back as a Date; jsonb as parsed JSON; text[] as string[].
 * - Pass JSON as `JSON.stringify(value)` with a `$n::jsonb` cast: node-postgres turns a JS array
 *   parameter into a PostgreSQL array literal, not JSON.
 */
export type DatabaseKind = 'pglite' | 'postgres';

export type SqlParams = readonly unknown[];

/** What a query can run on: the database itself, or one open transaction. */
export interface Queryable {
  /** One statement, `$1…$n` parameters, the rows it returns (typed by the caller, not checked). */
  query<T extends object = Record<string, unknown>>(sql: string, params?: SqlParams): Promise<T[]>;
  /** Several `;`-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** For logs and the start line, without secrets: "PGlite: .data/server", "PostgreSQL: host/db". */
  readonly description: string;
  /**
   * Runs `fn` inside BEGIN … COMMIT on one connection; ROLLBACK and rethrow if it throws. Queries
   * for the transaction must go through `tx`: on PostgreSQL the pool's other connections are
   * outside it, on PGlite other callers wait until it ends.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Waits for running queries, then releases the engine (PGlite flushes its data folder). */
  close(): Promise<void>;
}

/** The database could not be opened: a bad URL, an unreachable server, a data folder in use. */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** int8 as a number while exact, else a bigint: what PGlite does by default, applied to pg too. */
export function parseInt8(text: string): number | bigint {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
}

export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code)
      ? `${error.message} (${code})`
      : error.message;
  }
  return String(error);
}
