import { useEffect } from 'react';
import { create } from 'zustand';

/** One key of a screen and what it does, as the `?` help lists it (words already translated). */
export type KeyHint = { keys: string; label: string };

interface KeyHelpState {
  /** The keys each mounted part of the screen declares, in the order they were mounted. */
  groups: Array<{ id: string; title: string; hints: KeyHint[] }>;
  open: boolean;
}

interface KeyHelpActions {
  declare(id: string, title: string, hints: KeyHint[]): void;
  forget(id: string): void;
  setOpen(open: boolean): void;
}

/** The keys of the screen in view (UI state only): what `?` shows. */
export const useKeyHelpStore = create<KeyHelpState & KeyHelpActions>()((set) => ({
  groups: [],
  open: false,
  declare: (id, title, hints) =>
    set((s) => {
      const at = s.groups.findIndex((g) => g.id === id);
      const group = { id, title, hints };
      if (at < 0) return { groups: [...s.groups, group] };
      return { groups: s.groups.map((g, i) => (i === at ? group : g)) };
    }),
  forget: (id) => set((s) => ({ groups: s.groups.filter((g) => g.id !== id) })),
  setOpen: (open) => set({ open }),
}));

/**
 * Declares the keys this part of the screen answers to while it is mounted; `?` lists them. The
 * list is compared as text, so a new array with the same keys does not re-render the help.
 */
export function useScreenKeys(id: string, title: string, hints: readonly KeyHint[]): void {
  const text = JSON.stringify(hints);
  useEffect(() => {
    useKeyHelpStore.getState().declare(id, title, JSON.parse(text) as KeyHint[]);
  }, [id, title, text]);
  useEffect(() => () => useKeyHelpStore.getState().forget(id), [id]);
}

/** Whether a dialog is open: its own keys (Enter, Esc) are then not the screen's. */
export function isDialogOpen(): boolean {
  return [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap')].some(
    (wrap) => wrap.style.display !== 'none',
  );
}
