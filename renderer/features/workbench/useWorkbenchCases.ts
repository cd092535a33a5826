import { useLiveQuery } from 'dexie-react-hooks';
import { casesOfDay, searchCases } from '../../db/case-queries';
import { db, type CaseRow } from '../../db/schema';

/** Today's cases of this window, live from Dexie (undefined while loading). */
export function useTodayCases(windowCode: string, today: string): CaseRow[] | undefined {
  return useLiveQuery(() => casesOfDay(db, windowCode, today), [windowCode, today]);
}

/** Cases matching a search over every case this device holds; [] for an empty query. */
export function useCaseSearch(query: string): CaseRow[] | undefined {
  return useLiveQuery(() => searchCases(db, query), [query]);
}
