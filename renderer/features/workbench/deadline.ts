import type { Calendar, WarningLevel } from '../../../shared/calendar';
import { warningLevel } from '../../../shared/calendar';
import { outstandingTolerated, type CaseState, type CaseStatus } from '../../../shared/domain';

export interface CaseDeadline {
  /** promise = 承诺办结日期; supply = 容缺补齐期限. */
  kind: 'promise' | 'supply';
  date: string;
  /** 'unknown' when the calendar has no data for a date involved (never a guessed colour). */
  level: WarningLevel | 'unknown';
  /** Counted on a year without an entered holiday schedule (预计). */
  provisional?: true;
}

const RUNNING: readonly CaseStatus[] = ['accepted', 'in-review', 'paused'];
const RANK = { unknown: 0, normal: 1, yellow: 2, red: 3 } as const;

function levelOf(
  start: string,
  deadline: string,
  today: string,
  calendar: Calendar,
  yellowAt: number,
): CaseDeadline['level'] {
  try {
    return warningLevel({ start, deadline, today, yellowAt }, calendar);
  } catch {
    // A year without holiday data, or a deadline before its start in an old record: no colour.
    return 'unknown';
  }
}

/**
 * The deadlines of a running case with their supervision colour (电子监察): the promised date,
 * and for tolerance the supply deadline while materials are outstanding. Finished cases have none.
 */
export function caseDeadlines(
  state: CaseState,
  today: string,
  calendar: Calendar,
  yellowAt: number,
): CaseDeadline[] {
  const { acceptedOn, promisedDate, supplyDeadline } = state.dates;
  if (!RUNNING.includes(state.status) || acceptedOn === undefined) return [];
  const out: CaseDeadline[] = [];
  if (supplyDeadline !== undefined && outstandingTolerated(state).length > 0)
    out.push({
      kind: 'supply',
      date: supplyDeadline,
      level: levelOf(acceptedOn, supplyDeadline, today, calendar, yellowAt),
      ...(state.dates.supplyProvisional ? { provisional: true as const } : {}),
    });
  if (promisedDate !== undefined)
    out.push({
      kind: 'promise',
      date: promisedDate,
      level: levelOf(acceptedOn, promisedDate, today, calendar, yellowAt),
      ...(state.dates.promiseProvisional ? { provisional: true as const } : {}),
    });
  return out;
}

/** The most urgent of a case's deadlines (what the workbench colours the row by). */
export function worstDeadline(deadlines: readonly CaseDeadline[]): CaseDeadline | undefined {
  return deadlines.reduce<CaseDeadline | undefined>(
    (worst, d) => (worst === undefined || RANK[d.level] > RANK[worst.level] ? d : worst),
    undefined,
  );
}
