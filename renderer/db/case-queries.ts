import type { Agent, Applicant } from '../../shared/domain';
import type { CaseRow, CounterDb } from './schema';
import { caseMatches, searchPlan, searchText } from './search-keys';

/** The cases registered at `windowCode` on `date` (the workbench), newest first. */
export async function casesOfDay(db: CounterDb, windowCode: string, date: string): Promise<CaseRow[]> {
  const rows = await db.cases
    .where('registeredOn')
    .equals(date)
    .filter((c) => c.windowCode === windowCode)
    .toArray();
  return rows.sort((a, b) => (a.caseNumber < b.caseNumber ? 1 : -1));
}

/**
 * Cases whose case number, ID number or phone starts with `query`, whose applicant, agent or item
 * name contains it anywhere, or whose ID number or phone ends with it (4 characters); full-width
 * digits and letters count as ASCII, case is ignored (searchKeysOf). One prefix range over the
 * multi-entry `searchKeys` index (searchPlan): the cost follows the hits, not the size of the
 * table. Newest activity first.
 */
export async function searchCases(db: CounterDb, query: string, limit = 50): Promise<CaseRow[]> {
  const q = searchText(query);
  if (q === '') return [];
  const plan = searchPlan(q);
  let found = db.cases.where('searchKeys').inAnyRange(plan.ranges, { includeUppers: true });
  if (plan.check) found = found.filter((row) => caseMatches(row.state, q));
  const rows = await found.distinct().limit(limit).toArray();
  return rows.sort((a, b) => (a.lastEventAt < b.lastEventAt ? 1 : -1));
}

export async function caseById(db: CounterDb, caseId: string): Promise<CaseRow | undefined> {
  return db.cases.get(caseId);
}

export interface ReturningApplicant {
  applicant: Applicant;
  agent?: Agent;
  caseCount: number;
  lastCaseNumber: string;
}

/** The latest registration of this applicant (by ID number) on this device, to fill the form. */
export async function findReturningApplicant(
  db: CounterDb,
  idNumber: string,
): Promise<ReturningApplicant | undefined> {
  const id = idNumber.trim().toUpperCase();
  if (id.length < 8) return undefined;
  const rows = await db.cases
    .where('searchKeys')
    .equals(id.toLowerCase())
    .filter((c) => c.state.applicant.idNumber.toUpperCase() === id)
    .toArray();
  const latest = rows.sort((a, b) => (a.lastEventAt < b.lastEventAt ? 1 : -1))[0];
  if (!latest) return undefined;
  return {
    applicant: latest.state.applicant,
    ...(latest.state.agent ? { agent: latest.state.agent } : {}),
    caseCount: rows.length,
    lastCaseNumber: latest.caseNumber,
  };
}
