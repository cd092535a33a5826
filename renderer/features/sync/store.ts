import { create } from 'zustand';
import type { EngineReport } from '../../sync/sync-engine';
import type { StorageReport } from '../../sync/storage-watch';
import type { TransportFailure } from '../../sync/transport';

export type Enrollment = 'unknown' | 'enrolled' | 'not-enrolled';

interface SyncState {
  enrollment: Enrollment;
  phase: NonNullable<EngineReport['phase']>;
  /** undefined until the first pass answers either way. */
  online: boolean | undefined;
  streamConnected: boolean;
  waitingEvents: number;
  waitingCases: number;
  waitingBlobs: number;
  progress: { done: number; total: number } | undefined;
  lastSuccessAt: number | undefined;
  lastError: TransportFailure | undefined;
  nextRetryAt: number | undefined;
  storage: StorageReport | undefined;
}

interface SyncActions {
  applyReport(report: EngineReport): void;
  setEnrollment(enrollment: Enrollment): void;
  setStream(connected: boolean): void;
  setStorage(storage: StorageReport): void;
  reset(): void;
}

const initialState: SyncState = {
  enrollment: 'unknown',
  phase: 'idle',
  online: undefined,
  streamConnected: false,
  waitingEvents: 0,
  waitingCases: 0,
  waitingBlobs: 0,
  progress: undefined,
  lastSuccessAt: undefined,
  lastError: undefined,
  nextRetryAt: undefined,
  storage: undefined,
};

/** Sync status for the header (UI state only; the records are in Dexie). */
export const useSyncStore = create<SyncState & SyncActions>()((set) => ({
  ...initialState,
  applyReport: (report) =>
    set((state) => {
      const next: Partial<SyncState> = {};
      if (report.phase !== undefined) next.phase = report.phase;
      if (report.online !== undefined) next.online = report.online;
      if (report.waitingEvents !== undefined) next.waitingEvents = report.waitingEvents;
      if (report.waitingCases !== undefined) next.waitingCases = report.waitingCases;
      if (report.waitingBlobs !== undefined) next.waitingBlobs = report.waitingBlobs;
      if ('progress' in report) next.progress = report.progress;
      if (report.lastSuccessAt !== undefined) next.lastSuccessAt = report.lastSuccessAt;
      if ('lastError' in report) next.lastError = report.lastError;
      if ('nextRetryAt' in report) next.nextRetryAt = report.nextRetryAt;
      return { ...state, ...next };
    }),
  setEnrollment: (enrollment) => set({ enrollment }),
  setStream: (streamConnected) => set({ streamConnected }),
  setStorage: (storage) => set({ storage }),
  reset: () => set(initialState),
}));
