import { CASE_STATUS_LABELS, type CaseState } from '../domain';

/** The result of the window's intake, as the daily log (窗口收件登记簿) records it. */
export type IntakeResult = 'accepted' | 'tolerance' | 'missing' | 'refused';

export function intakeResult(state: CaseState): IntakeResult | undefined {
  if (state.refusal) return 'refused';
  if (state.dates.acceptedOn !== undefined) return state.tolerated.length > 0 ? 'tolerance' : 'accepted';
  if (state.notice) return 'missing';
  return undefined;
}

export interface DailyLogRow {
  at: string;
  caseNumber: string;
  item: string;
  applicant: string;
  result: IntakeResult;
  promisedDate?: string;
  officer: string;
  state: string;
}

export interface DailyLog {
  rows: DailyLogRow[];
  totals: Record<IntakeResult, number>;
  /** Registered that day without an intake result yet (an intake left open): listed for follow-up. */
  undecided: string[];
}

/**
 * The rows of one day's log, for one window or (without `windowCode`) the whole hall, in the order
 * the cases were registered. Officers are named by `officerName` (their id when unknown).
 */
export function dailyLog(
  cases: Iterable<CaseState>,
  options: { date: string; windowCode?: string; officerName: (id: string) => string | undefined },
): DailyLog {
  const rows: DailyLogRow[] = [];
  const undecided: string[] = [];
  const totals: Record<IntakeResult, number> = { accepted: 0, tolerance: 0, missing: 0, refused: 0 };
  const day = [...cases]
    .filter((c) => c.dates.registeredOn === options.date)
    .filter((c) => options.windowCode === undefined || c.windowCode === options.windowCode)
    .sort(
      (a, b) => compare(a.dates.registeredAt, b.dates.registeredAt) || compare(a.caseNumber, b.caseNumber),
    );
  for (const c of day) {
    const result = intakeResult(c);
    if (result === undefined) {
      undecided.push(c.caseNumber);
      continue;
    }
    totals[result] += 1;
    rows.push({
      at: c.dates.registeredAt,
      caseNumber: c.caseNumber,
      item: c.item.name,
      applicant: c.applicant.name,
      result,
      ...(c.dates.promisedDate === undefined ? {} : { promisedDate: c.dates.promisedDate }),
      officer: options.officerName(c.registeredBy) ?? c.registeredBy,
      state: CASE_STATUS_LABELS[c.status],
    });
  }
  return { rows, totals, undecided };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
