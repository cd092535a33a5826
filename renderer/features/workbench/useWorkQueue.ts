import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { casesInStatuses } from '../../db/queue-queries';
import { db } from '../../db/schema';
import { QUEUED_STATUSES, workQueue, type QueueContext, type QueueEntry } from './work-queue';

/** This counter's work queue, live from Dexie (undefined while loading). */
export function useWorkQueue(ctx: QueueContext): QueueEntry[] | undefined {
  const rows = useLiveQuery(() => casesInStatuses(db, QUEUED_STATUSES), []);
  const { counterCode, role, hall, today, calendar } = ctx;
  return useMemo(
    () =>
      rows === undefined
        ? undefined
        : workQueue(
            rows.map((r) => r.state),
            { counterCode, role, hall, today, calendar },
          ),
    [rows, counterCode, role, hall, today, calendar],
  );
}
