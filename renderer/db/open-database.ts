import type { CounterDb } from './schema';

export type OpenOutcome = { ok: true } | { ok: false; message: string };

/**
 * Opens the local database before anything reads it, so that a failure (disk full, a profile
 * locked by another window) is shown in words instead of as empty screens. Nothing here ever
 * deletes a database: a database written by a newer version of the app (a downgrade) is opened as
 * it is — Dexie 4 opens a higher version without upgrading it — and its data waits for that version.
 */
export async function openCounterDb(db: CounterDb): Promise<OpenOutcome> {
  try {
    await db.open();
    return { ok: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `本地数据库无法打开：${detail}` };
  }
}
