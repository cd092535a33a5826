import { useNavigationStore } from '../shell/navigation-store';
import { useIntakeStore } from './intake-store';

/** Opens the walk-in wizard: the unfinished walk-in if there is one, else a new one. */
export function startWalkIn(): void {
  const intake = useIntakeStore.getState();
  if (intake.draft === null) intake.start(new Date().toISOString());
  useNavigationStore.getState().go({ name: 'intake' });
}
