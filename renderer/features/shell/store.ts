import { create } from 'zustand';
import type { Language, Settings } from '../../../shared/ipc';

export type ServerState = 'checking' | 'online' | 'offline';

interface ShellState {
  language: Language;
  windowCode: string;
  serverUrl: string;
  serverState: ServerState;
  lastError: string | undefined;
  /** The device settings screen for the hall's IT (Ctrl+, from anywhere, even before login). */
  settingsOpen: boolean;
}

interface ShellActions {
  applySettings(settings: Settings): void;
  setLanguage(language: Language): void;
  setServerState(state: ServerState, error?: string): void;
  setSettingsOpen(open: boolean): void;
}

const initialState: ShellState = {
  language: 'zh-CN',
  windowCode: 'W01',
  serverUrl: '',
  serverState: 'checking',
  lastError: undefined,
  settingsOpen: false,
};

/** UI state of the application shell (language, device settings in use, server reachability). */
export const useShellStore = create<ShellState & ShellActions>()((set) => ({
  ...initialState,
  applySettings: (settings) =>
    set({ language: settings.language, windowCode: settings.windowCode, serverUrl: settings.serverUrl }),
  setLanguage: (language) => set({ language }),
  setServerState: (serverState, error) => set({ serverState, lastError: error }),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
}));
