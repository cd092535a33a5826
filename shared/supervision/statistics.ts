import type { CaseState } from '../domain';
import { intakeResult } from './daily-log';

export interface StatisticsRow {
  key: string;
  label: string;
  intake: number;
  accepted: number;
  tolerance: number;
  missing: number;
  refused: number;
  decided: number;
  onTime: number;
  /** onTime / decided, or undefined when nothing was decided (not 100%, not 0%). */
  onTimeRate: number | undefined;
}

export interface MonthlyStatistics {
  month: string;
  byItem: StatisticsRow[];
  bySection: StatisticsRow[];
  total: StatisticsRow;
}

function emptyRow(key: string, label: string): StatisticsRow {
  return {
    key,
    label,
    intake: 0,
    accepted: 0,
    tolerance: 0,
    missing: 0,
    refused: 0,
    decided: 0,
    onTime: 0,
    onTimeRate: undefined,
  };
}

function add(row: StatisticsRow, c: CaseState, month: string): void {
  if (c.dates.registeredOn.startsWith(month)) {
    row.intake += 1;
    const result = intakeResult(c);
    if (result) row[result] += 1;
  }
  const decidedOn = c.decision?.decidedOn;
  if (decidedOn?.startsWith(month)) {
    row.decided += 1;
    if (c.dates.promisedDate !== undefined && decidedOn <= c.dates.promisedDate) row.onTime += 1;
  }
}

/**
 * The monthly statistics sheet (月度统计): intake, acceptance, tolerance, one-time notices and
 * refusals of cases registered in `month` ('YYYY-MM'), and the on-time rate of cases decided in it
 * (decided on or before the promised date, which already includes the paused days).
 */
export function monthlyStatistics(cases: Iterable<CaseState>, month: string): MonthlyStatistics {
  const byItem = new Map<string, StatisticsRow>();
  const bySection = new Map<string, StatisticsRow>();
  const total = emptyRow('total', '合计');
  for (const c of cases) {
    const item = byItem.get(c.item.code) ?? emptyRow(c.item.code, c.item.name);
    const sectionName = c.item.section;
    const section = bySection.get(sectionName) ?? emptyRow(sectionName, sectionName);
    for (const row of [item, section, total]) add(row, c, month);
    byItem.set(c.item.code, item);
    bySection.set(sectionName, section);
  }
  const finish = (rows: Iterable<StatisticsRow>) =>
    [...rows]
      .filter((r) => r.intake > 0 || r.decided > 0)
      .map((r) => ({ ...r, onTimeRate: r.decided === 0 ? undefined : r.onTime / r.decided }))
      .sort((a, b) => a.key.localeCompare(b.key));
  return {
    month,
    byItem: finish(byItem.values()),
    bySection: finish(bySection.values()),
    total: { ...total, onTimeRate: total.decided === 0 ? undefined : total.onTime / total.decided },
  };
}
