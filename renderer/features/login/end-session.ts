import { useIntakeStore } from '../intake/intake-store';
import { useScanningStore } from '../scanning/scanning-store';
import { useNavigationStore } from '../shell/navigation-store';
import { useSessionStore } from './session-store';

/**
 * Logout: every workflow store back to its initial state. The intake draft stays in Dexie (it is
 * the officer's, and opens again at their next login); nothing confirmed is in these stores.
 */
export function endSession(): void {
  useIntakeStore.getState().reset();
  useNavigationStore.getState().reset();
  useScanningStore.getState().reset();
  useSessionStore.getState().logout();
}
