import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Calendar } from '../../../shared/calendar';
import type { Hall } from '../../../shared/hall';
import { currentHall, hallCalendar } from '../../db/reference-queries';
import { db } from '../../db/schema';

/** The hall configuration this device holds and its calendar; hall is undefined until received. */
export function useHall(): { hall: Hall | undefined; calendar: Calendar } {
  const hall = useLiveQuery(() => currentHall(db), []);
  const calendar = useMemo(() => hallCalendar(hall), [hall]);
  return { hall, calendar };
}
