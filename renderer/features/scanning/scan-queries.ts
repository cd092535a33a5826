import type { CaseRow, CounterDb } from '../../db/schema';

/** The case with this number on this device (the number is unique: `&caseNumber`). */
export async function caseByNumber(db: CounterDb, caseNumber: string): Promise<CaseRow | undefined> {
  return db.cases.where('caseNumber').equals(caseNumber).first();
}
