import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseEvent } from '../../../shared/domain';
import { caseEvents } from '../../db/case-repository';
import { caseById } from '../../db/case-queries';
import { db, type CaseRow } from '../../db/schema';

/** One case, live; undefined while loading, null when this device does not hold it. */
export function useCase(caseId: string): CaseRow | null | undefined {
  return useLiveQuery(async () => (await caseById(db, caseId)) ?? null, [caseId]);
}

/** The case's events in recorded order, live. */
export function useCaseEvents(caseId: string): CaseEvent[] | undefined {
  return useLiveQuery(() => caseEvents(db, caseId), [caseId]);
}
