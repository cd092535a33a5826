import { create } from 'zustand';
import type { IntakeOutcome } from '../../../shared/domain';
import { emptyDraft, type IntakeDraft, type IntakeStep } from './intake-draft';

/** The walk-in just confirmed: what the wizard's last screen shows and prints. */
export interface CompletedIntake {
  caseId: string;
  caseNumber: string;
  outcome: IntakeOutcome | 'refused';
}

interface IntakeState {
  /** The walk-in in progress; null when none (the Dexie draft is removed then). */
  draft: IntakeDraft | null;
  /** Bumped on every change of the draft; the autosave marks what it wrote. */
  revision: number;
  savedRevision: number;
  /** The draft came back from Dexie after a reload or a new login. */
  restored: boolean;
  completed: CompletedIntake | null;
  refusing: boolean;
}

interface IntakeActions {
  start(startedAt: string): void;
  restore(draft: IntakeDraft): void;
  /** The saved draft as this tab takes the walk-in over from another tab (already in Dexie). */
  adopt(draft: IntakeDraft): void;
  /** A new walk-in filled from elsewhere (a scanned pre-application): replaces the one in progress. */
  fill(draft: IntakeDraft): void;
  update(change: (draft: IntakeDraft) => IntakeDraft): void;
  setStep(step: IntakeStep): void;
  setRefusing(refusing: boolean): void;
  finish(completed: CompletedIntake): void;
  /** The officer abandons the walk-in: the draft goes, from Dexie too. */
  discard(): void;
  markSaved(revision: number): void;
  reset(): void;
}

const initialState: IntakeState = {
  draft: null,
  revision: 0,
  savedRevision: 0,
  restored: false,
  completed: null,
  refusing: false,
};

/** Workflow state of the intake wizard (records live in Dexie). Reset on logout. */
export const useIntakeStore = create<IntakeState & IntakeActions>()((set) => ({
  ...initialState,
  start: (startedAt) =>
    set((s) => ({
      ...initialState,
      draft: emptyDraft(startedAt),
      revision: s.revision + 1,
      savedRevision: s.savedRevision,
    })),
  restore: (draft) =>
    set((s) => ({
      draft,
      restored: true,
      completed: null,
      revision: s.revision + 1,
      savedRevision: s.revision + 1,
    })),
  adopt: (draft) =>
    set((s) => ({ draft, completed: null, revision: s.revision + 1, savedRevision: s.revision + 1 })),
  fill: (draft) =>
    set((s) => ({ ...initialState, draft, revision: s.revision + 1, savedRevision: s.savedRevision })),
  update: (change) => set((s) => (s.draft ? { draft: change(s.draft), revision: s.revision + 1 } : {})),
  setStep: (step) => set((s) => (s.draft ? { draft: { ...s.draft, step }, revision: s.revision + 1 } : {})),
  setRefusing: (refusing) => set({ refusing }),
  finish: (completed) =>
    set((s) => ({ draft: null, completed, refusing: false, restored: false, revision: s.revision + 1 })),
  discard: () =>
    set((s) => ({
      draft: null,
      completed: null,
      refusing: false,
      restored: false,
      revision: s.revision + 1,
    })),
  markSaved: (revision) => set((s) => ({ savedRevision: Math.max(s.savedRevision, revision) })),
  // Not a change of the draft (the revision stays): the officer's Dexie draft outlives a logout.
  reset: () => set((s) => ({ ...initialState, revision: s.revision, savedRevision: s.savedRevision })),
}));
