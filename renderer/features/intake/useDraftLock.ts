import { App } from 'antd';
import { useEffect, useState } from 'react';
import { loadDraft } from '../../db/draft-repository';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { draftLockName, holdDraftLock } from './draft-lock';
import { parseIntakeDraft } from './intake-draft';
import { useIntakeStore } from './intake-store';

export type DraftLockState = 'pending' | 'held' | 'elsewhere';

/**
 * Holds the officer's walk-in for this tab while the wizard shows it (draft-lock.ts). Taking it
 * over after another tab let it go, the saved draft is the truth: that tab may have changed it,
 * or recorded or abandoned it (then this tab's copy goes and the officer is told).
 */
export function useDraftLock(officerId: string | undefined, active: boolean): DraftLockState {
  const t = useT();
  const { message } = App.useApp();
  const [state, setState] = useState<DraftLockState>('pending');

  useEffect(() => {
    if (!active || officerId === undefined) return;
    let live = true;
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    const release = holdDraftLock(locks, draftLockName(officerId), {
      elsewhere: () => live && setState('elsewhere'),
      held: (afterWaiting) => {
        if (!afterWaiting) return setState('held');
        // Taken over after a wait: when this tab has nothing unsaved, the saved row is the truth
        // (the other tab may have changed, recorded or abandoned the walk-in). A tab with unsaved
        // changes waited for itself (a remount still releasing its lock) and keeps them.
        const before = useIntakeStore.getState();
        void loadDraft(db, officerId).then((row) => {
          if (!live) return;
          const store = useIntakeStore.getState();
          const settled = store.savedRevision >= store.revision && store.revision === before.revision;
          const saved = row ? parseIntakeDraft(row.content) : undefined;
          const mine = store.draft === null ? undefined : parseIntakeDraft(store.draft);
          if (settled && saved && JSON.stringify(saved) !== JSON.stringify(mine)) store.adopt(saved);
          else if (settled && !saved) {
            store.discard();
            void message.info(t('draft.finishedElsewhere'));
          }
          setState('held');
        });
      },
    });
    return () => {
      live = false;
      release();
    };
  }, [officerId, active, message, t]);

  return active ? state : 'pending';
}
