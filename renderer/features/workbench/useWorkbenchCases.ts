import { useLiveQuery } from 'dexie-react-hooks';
import { casesOfDay, searchCases } from '../../db/case-queries';
import { db, type CaseRow } from '../../db/schema';

/** Today's cases of this window, live from Dexie (undefined while loading). */
export function useTodayCases(windowCode: string, today: string): CaseRow[] | undefined {
  return useLiveQuery(() => casesOfDay(db, windowCode, today), [windowCode, today]);
}

/** The rows shown for a search, with the query they answer (the list may lag the typing). */
export interface CaseSearch {
  query: string;
  rows: CaseRow[];
}

/**
 * The most hits the workbench lists for a search: enough to pick from (the officer types more to
 * narrow it), few enough that every key redraws the list within the frame budget.
 */
export const SEARCH_HITS = 20;

/**
 * Cases matching a search over every case this device holds; [] for an empty query. Each query's
 * time is recorded as the User Timing measure `ow:case-search` (seen in a performance trace).
 */
export function useCaseSearch(query: string): CaseSearch | undefined {
  return useLiveQuery(async () => {
    const started = performance.now();
    const rows = await searchCases(db, query, SEARCH_HITS);
    performance.measure('ow:case-search', { start: started, detail: query });
    return { query, rows };
  }, [query]);
}
