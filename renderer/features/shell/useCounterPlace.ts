import { useSessionStore } from '../login/session-store';
import { useHall } from './useHall';
import { useShellStore } from './store';

/**
 * Where this counter stands: a hall window (窗口) or a village / community service room
 * (服务点), which officers and applicants never call a window. A service point when the device's
 * code is one of the hall's service points, or when a village agent is logged in.
 */
export function useCounterPlace(): 'window' | 'servicePoint' {
  const code = useShellStore((s) => s.windowCode);
  const role = useSessionStore((s) => s.session?.role);
  const { hall } = useHall();
  const point = role === 'agent' || (hall?.servicePoints ?? []).some((p) => p.code === code);
  return point ? 'servicePoint' : 'window';
}
