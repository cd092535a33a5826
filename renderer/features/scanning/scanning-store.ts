import { create } from 'zustand';

interface ScanningState {
  /** The material whose row last had the focus in the intake materials step: pages go there. */
  focusedMaterialId: string | null;
  cameraOpen: boolean;
}

interface ScanningActions {
  focusMaterial(materialId: string): void;
  setCameraOpen(open: boolean): void;
  reset(): void;
}

const initialState: ScanningState = { focusedMaterialId: null, cameraOpen: false };

/** UI state of scanning (pages themselves live in Dexie and the intake draft). Reset on logout. */
export const useScanningStore = create<ScanningState & ScanningActions>()((set) => ({
  ...initialState,
  focusMaterial: (focusedMaterialId) => set({ focusedMaterialId }),
  setCameraOpen: (cameraOpen) => set({ cameraOpen }),
  reset: () => set(initialState),
}));
