import { useEffect } from 'react';
import { clearDraft, loadDraft, saveDraft } from '../../db/draft-repository';
import { db } from '../../db/schema';
import { useNavigationStore } from '../shell/navigation-store';
import { parseIntakeDraft, type IntakeDraft } from './intake-draft';
import { useIntakeStore } from './intake-store';

/** Debounce of the autosave: a burst of typing is one write, and a reload loses at most this. */
export const DRAFT_SAVE_DELAY_MS = 250;

/**
 * Keeps Dexie `drafts` equal to the wizard's draft: every change is written within
 * DRAFT_SAVE_DELAY_MS (and at once when the page is hidden or closed); no draft removes the row.
 */
export function useDraftAutosave(officerId: string): void {
  useEffect(() => {
    let timer: number | undefined;
    let pending: (() => void) | undefined;
    // Writes what the store held when it changed, so a flush after logout writes that, not the reset.
    const writer = (draft: IntakeDraft | null, revision: number) => (): void => {
      pending = undefined;
      const done = (): void => useIntakeStore.getState().markSaved(revision);
      if (draft === null) void clearDraft(db, officerId).then(done);
      else void saveDraft(db, officerId, draft, new Date().toISOString()).then(done);
    };
    const unsubscribe = useIntakeStore.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      window.clearTimeout(timer);
      pending = writer(state.draft, state.revision);
      if (state.draft === null) pending();
      else timer = window.setTimeout(pending, DRAFT_SAVE_DELAY_MS);
    });
    const flush = (): void => {
      window.clearTimeout(timer);
      pending?.();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      unsubscribe();
    };
  }, [officerId]);
}

/** After a login or a reload: an unfinished walk-in of this officer opens again where it was. */
export function useDraftRestore(officerId: string): void {
  useEffect(() => {
    let cancelled = false;
    void loadDraft(db, officerId).then((row) => {
      if (cancelled || !row) return;
      const draft = parseIntakeDraft(row.content);
      const store = useIntakeStore.getState();
      if (!draft) {
        void clearDraft(db, officerId);
        return;
      }
      if (store.draft !== null) return;
      store.restore(draft);
      useNavigationStore.getState().go({ name: 'intake' });
    });
    return () => {
      cancelled = true;
    };
  }, [officerId]);
}
