import type { CaseEvent, CaseState } from '../../shared/domain';
import { recordEvents, type Actor, type EventDraft } from './case-repository';
import type { CommandOptions } from './case-commands';
import type { CounterDb } from './schema';

/**
 * The materials handed in at the window, as received again (a correction) or for the first time:
 * one materialReceived each, with the catalog's form and copies. Refuses an id of another item.
 */
export function materialDrafts(state: CaseState, ids: readonly string[]): EventDraft[] {
  return ids.map((id) => {
    const m = state.item.materials.find((x) => x.id === id);
    if (!m) throw new Error(`材料 ${id} 不属于事项「${state.item.name}」`);
    return {
      caseId: state.caseId,
      type: 'materialReceived',
      payload: { materialId: id, copies: m.copies, form: m.form, via: 'window', blobs: [] },
    };
  });
}

/**
 * 补正 during a back-office correction pause: the applicant brings the asked materials to the
 * window, which records them; the step that paused the clock resumes it.
 */
export async function recordCorrection(
  db: CounterDb,
  actor: Actor,
  input: { state: CaseState; materials: readonly string[] },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  return recordEvents(db, actor, materialDrafts(input.state, input.materials), options);
}

/**
 * The window's answers to a case the reviewer returned (退回窗口): correct and resend it to the
 * first step (the corrected materials received again, the correction noted on `routed`), or end
 * it because the applicant withdraws. Each is one batch: all of it is recorded or none.
 */
export async function resendReturned(
  db: CounterDb,
  actor: Actor,
  input: { state: CaseState; corrected: readonly string[]; note: string },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  const { state } = input;
  const first = state.approval.route[0];
  if (first === undefined) throw new Error(`${state.caseNumber}：窗口办结事项无需转办`);
  const drafts = materialDrafts(state, input.corrected);
  const note = input.note.trim();
  drafts.push({ caseId: state.caseId, type: 'routed', payload: { to: first, ...(note ? { note } : {}) } });
  return recordEvents(db, actor, drafts, options);
}

/** 撤回: the applicant withdraws the application (e.g. after hearing the reviewer's reason). */
export async function recordWithdrawal(
  db: CounterDb,
  actor: Actor,
  input: { caseId: string; on: string; reason: string },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  const reason = input.reason.trim();
  return recordEvents(
    db,
    actor,
    [{ caseId: input.caseId, type: 'withdrawn', payload: { on: input.on, ...(reason ? { reason } : {}) } }],
    options,
  );
}
