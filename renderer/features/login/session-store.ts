import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { roleSchema } from '../../../shared/hall';

export const sessionSchema = z.object({
  officerId: z.string().min(1),
  officerName: z.string().min(1),
  /** The role whose screen is shown (and the counter's actor role); see screenRoleOf. */
  role: roleSchema,
  /** Every role the officer holds: a back-office officer acts in the role of the case's step. */
  roles: z.array(roleSchema).min(1),
  /** Reviewers and chiefs: the section whose cases they review. */
  sectionId: z.string().optional(),
  /** The window (or service point) the officer is assigned to in the hall configuration. */
  assignedCode: z.string().optional(),
  /** This device's window code when the officer logged in: the one case numbers carry. */
  counterCode: z.string().min(1),
  loggedInAt: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

interface SessionState {
  session: Session | null;
}

interface SessionActions {
  login(session: Session): void;
  logout(): void;
}

const initialState: SessionState = { session: null };

/**
 * The officer at the counter. Kept in sessionStorage so that a reload (or a renderer crash) of the
 * window keeps the officer logged in, while closing the app ends the session; read back through
 * zod, since anything stored is outside data. `logout` is the only way out (see endSession).
 */
export const useSessionStore = create<SessionState & SessionActions>()(
  persist(
    (set) => ({
      ...initialState,
      login: (session) => set({ session }),
      logout: () => set(initialState),
    }),
    {
      name: 'onewindow.session',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ session: s.session }),
      merge: (persisted, current) => {
        const parsed = sessionSchema.safeParse((persisted as { session?: unknown } | undefined)?.session);
        return { ...current, session: parsed.success ? parsed.data : null };
      },
    },
  ),
);
