import { create } from 'zustand';

interface ScanningState {
  /** The material whose row last had the focus in the intake materials step: pages go there. */
  focusedMaterialId: string | null;
}

interface ScanningActions {
  focusMaterial(materialId: string): void;
  reset(): void;
}

const initialState: ScanningState = { focusedMaterialId: null };

/** UI state of scanning (pages themselves live in Dexie and the intake draft). Reset on logout. */
export const useScanningStore = create<ScanningState & ScanningActions>()((set) => ({
  ...initialState,
  focusMaterial: (focusedMaterialId) => set({ focusedMaterialId }),
  reset: () => set(initialState),
}));
