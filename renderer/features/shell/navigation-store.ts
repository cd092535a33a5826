import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

const viewSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('workbench') }),
  z.object({ name: z.literal('intake') }),
  z.object({ name: z.literal('case'), caseId: z.string().min(1) }),
  z.object({ name: z.literal('catalog') }),
]);
export type View = z.infer<typeof viewSchema>;

interface NavigationState {
  view: View;
}

interface NavigationActions {
  go(view: View): void;
  reset(): void;
}

const initialState: NavigationState = { view: { name: 'workbench' } };

/** Which screen of the counter is open; kept for a reload like the session, reset on logout. */
export const useNavigationStore = create<NavigationState & NavigationActions>()(
  persist(
    (set) => ({
      ...initialState,
      go: (view) => set({ view }),
      reset: () => set(initialState),
    }),
    {
      name: 'onewindow.view',
      storage: createJSONStorage(() => sessionStorage),
      merge: (persisted, current) => {
        const parsed = viewSchema.safeParse((persisted as { view?: unknown } | undefined)?.view);
        return { ...current, view: parsed.success ? parsed.data : initialState.view };
      },
    },
  ),
);
