import { useSync } from './useSync';

/** Runs the background sync; render it once inside <EnrollGate> so it starts after enrollment. */
export function SyncRunner() {
  useSync();
  return null;
}
