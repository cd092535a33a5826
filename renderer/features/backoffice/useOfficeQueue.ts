import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { DEFAULT_YELLOW_AT } from '../../../shared/calendar';
import type { CaseState } from '../../../shared/domain';
import { caseClock, type CaseClock } from '../../../shared/supervision';
import { db } from '../../db/schema';
import { useSessionStore } from '../login/session-store';
import { hallToday } from '../shell/clock';
import { useHall } from '../shell/useHall';
import { isInQueue } from './queue-rules';

export interface QueueEntry {
  state: CaseState;
  clock: CaseClock;
}

/** The cases at a step this officer holds, most urgent deadline first, live. */
export function useOfficeQueue(): QueueEntry[] | undefined {
  const session = useSessionStore((s) => s.session);
  const { hall, calendar } = useHall();
  const rows = useLiveQuery(() => db.cases.where('status').anyOf(['in-review', 'paused']).toArray(), []);
  return useMemo(() => {
    if (!rows || !session) return undefined;
    const officer = hall?.officers.find((o) => o.id === session.officerId);
    const me = {
      roles: session.roles,
      ...(session.sectionId ? { sectionId: session.sectionId } : {}),
      ...(officer?.inChargeOf ? { inChargeOf: officer.inChargeOf } : {}),
    };
    const today = hallToday();
    const yellowAt = hall?.supervision.yellowAt ?? DEFAULT_YELLOW_AT;
    return rows
      .filter((r) => isInQueue(r.state, me, hall?.sections ?? []))
      .map((r) => ({ state: r.state, clock: caseClock(r.state, today, calendar, yellowAt) }))
      .sort((a, b) => (a.state.dates.promisedDate ?? '').localeCompare(b.state.dates.promisedDate ?? ''));
  }, [rows, session, hall, calendar]);
}
