import type { Actor } from '../../db/case-repository';
import { useSessionStore } from '../login/session-store';

/** The logged-in officer as the author of events (every event carries them). */
export function useActor(): Actor | undefined {
  const session = useSessionStore((s) => s.session);
  return session ? { officerId: session.officerId, role: session.role } : undefined;
}
