import { createCalendar, type Calendar } from '../../shared/calendar';
import type { Credit } from '../../shared/domain';
import type { Hall } from '../../shared/hall';
import type { CounterDb } from './schema';

/** The hall configuration this device received (one hall per device). */
export async function currentHall(db: CounterDb): Promise<Hall | undefined> {
  return (await db.halls.toCollection().first())?.content;
}

/** The hall's working-day calendar (national data plus the hall's own years and days). */
export function hallCalendar(hall: Hall | undefined): Calendar {
  return createCalendar(hall?.calendar ?? {});
}

export interface CreditVerdict {
  level: Credit;
  /** Where the verdict comes from, for the officer: the list's source, or the broken commitment. */
  source?: string;
  until?: string;
  brokenCommitmentCase?: string;
}

/**
 * The applicant's credit at intake: the published credit list (an entry past its end date no
 * longer counts), and an earlier tolerance case of this applicant terminated for a missed supply
 * deadline, which excludes tolerance until repaired (DOMAIN.md) even if the list does not say so.
 */
export async function creditOf(db: CounterDb, idNumber: string, today: string): Promise<CreditVerdict> {
  const id = idNumber.trim().toUpperCase();
  if (id === '') return { level: 'normal' };
  const listed = await db.credit.get(id);
  const current = listed && (listed.until === undefined || listed.until >= today) ? listed : undefined;
  if (current?.level === 'dishonest')
    return { level: 'dishonest', source: current.source, ...(current.until ? { until: current.until } : {}) };
  const broken = await db.cases
    .where('searchKeys')
    .equals(id.toLowerCase())
    .filter((c) => c.status === 'terminated' && c.state.applicant.idNumber.toUpperCase() === id)
    .first();
  if (broken) return { level: 'dishonest', brokenCommitmentCase: broken.caseNumber };
  if (current)
    return {
      level: current.level,
      source: current.source,
      ...(current.until ? { until: current.until } : {}),
    };
  return { level: 'normal' };
}
