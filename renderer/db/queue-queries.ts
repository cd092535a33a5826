import type { CaseStatus } from '../../shared/domain';
import type { CaseRow, CounterDb } from './schema';

/**
 * The cases in any of `statuses` (by the status index): the open cases a work queue sorts. Closed
 * cases (delivered, refused, withdrawn, terminated) are most of a device's cases and are never read.
 */
export async function casesInStatuses(db: CounterDb, statuses: readonly CaseStatus[]): Promise<CaseRow[]> {
  return db.cases.where('status').anyOf(statuses).toArray();
}
