import type { CounterDb, DraftRow } from './schema';

/** One intake in progress per officer on this device: a reload or crash resumes it. */
export function intakeDraftId(officerId: string): string {
  return `intake.${officerId}`;
}

export async function saveDraft(
  db: CounterDb,
  officerId: string,
  content: unknown,
  updatedAt: string,
): Promise<void> {
  await db.drafts.put({ id: intakeDraftId(officerId), officerId, updatedAt, content });
}

/** The officer's saved intake, still `unknown` content: the caller parses it (an old row may not fit). */
export async function loadDraft(db: CounterDb, officerId: string): Promise<DraftRow | undefined> {
  return db.drafts.get(intakeDraftId(officerId));
}

export async function clearDraft(db: CounterDb, officerId: string): Promise<void> {
  await db.drafts.delete(intakeDraftId(officerId));
}
