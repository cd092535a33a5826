import type { Calendar } from '../../shared/calendar';
import {
  type ApprovalStep,
  type CaseEvent,
  type CaseState,
  type EvaluationLevel,
  type Meeting,
  type PauseKind,
} from '../../shared/domain';
import { recordEvents, type Actor, type EventDraft } from './case-repository';
import { resumedPayload, type CommandOptions } from './case-commands';
import type { CounterDb } from './schema';

/** A step's opinion (with the meeting, for the joint meeting) as its `reviewed` event. */
function reviewed(
  input: { caseId: string; step: ApprovalStep; opinion: string; meeting?: Meeting },
  decision: 'approve' | 'return',
): EventDraft {
  const { caseId, step, opinion, meeting } = input;
  return { caseId, type: 'reviewed', payload: { step, decision, opinion, ...(meeting ? { meeting } : {}) } };
}

/** A step's opinion: approve passes the case up, return sends it one step down. */
export async function recordReview(
  db: CounterDb,
  actor: Actor,
  input: {
    caseId: string;
    step: ApprovalStep;
    decision: 'approve' | 'return';
    opinion: string;
    meeting?: Meeting;
  },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  return recordEvents(db, actor, [reviewed(input, input.decision)], options);
}

/**
 * 补正 or a §45 special step: the clock stops after `from`, with the step's opinion as reason.
 * With `graceUntil`, a tolerance case's grace pause past its supply deadline (逾期暂停).
 */
export async function recordPause(
  db: CounterDb,
  actor: Actor,
  input: { caseId: string; kind: PauseKind; reason: string; from: string; graceUntil?: string },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  const { caseId, kind, reason, from, graceUntil } = input;
  const payload = { kind, reason, from, ...(graceUntil === undefined ? {} : { graceUntil }) };
  return recordEvents(db, actor, [{ caseId, type: 'paused', payload }], options);
}

/** The clock restarts after `on`; the promise moves by the paused working days (planResumption). */
export async function recordResume(
  db: CounterDb,
  actor: Actor,
  input: { state: CaseState; on: string; reason?: string },
  options: CommandOptions & { calendar: Calendar },
): Promise<CaseEvent[]> {
  const payload = resumedPayload(input.state, input.on, options.calendar, input.reason);
  if (!payload) throw new Error(`${input.state.caseNumber}：没有进行中的暂停计时`);
  return recordEvents(db, actor, [{ caseId: input.state.caseId, type: 'resumed', payload }], options);
}

/**
 * The top step's decision: its opinion (with the meeting, for the joint meeting) and the
 * decision (准予 / 不予许可) in one batch, so a decision never lacks the opinion it rests on.
 */
export async function recordDecision(
  db: CounterDb,
  actor: Actor,
  input: {
    caseId: string;
    step: ApprovalStep;
    opinion: string;
    meeting?: Meeting;
    outcome: 'approved' | 'denied';
    decisionNumber: string;
    on: string;
    reasons?: string;
  },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  const { caseId, decisionNumber, on } = input;
  const decision: EventDraft =
    input.outcome === 'approved'
      ? {
          caseId,
          type: 'approved',
          payload: { decisionNumber, decidedOn: on, ...(input.reasons ? { reasons: input.reasons } : {}) },
        }
      : { caseId, type: 'denied', payload: { decisionNumber, decidedOn: on, reasons: input.reasons ?? '' } };
  return recordEvents(db, actor, [reviewed(input, 'approve'), decision], options);
}

/** 制发证照 at the window, after the back office approved. */
export async function recordCertificate(
  db: CounterDb,
  actor: Actor,
  input: { caseId: string; certificateNumber: string; on: string },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  return recordEvents(
    db,
    actor,
    [
      {
        caseId: input.caseId,
        type: 'certificateIssued',
        payload: { certificateNumber: input.certificateNumber, issuedOn: input.on },
      },
    ],
    options,
  );
}

/** 好差评, and for a poor rating the supervisor's follow-up note, together. */
export async function recordRating(
  db: CounterDb,
  actor: Actor,
  input: { caseId: string; level: EvaluationLevel; comment?: string; followUp?: string },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  const drafts: EventDraft[] = [
    {
      caseId: input.caseId,
      type: 'evaluated',
      payload: { level: input.level, ...(input.comment ? { comment: input.comment } : {}) },
    },
  ];
  if (input.followUp) drafts.push({ caseId: input.caseId, type: 'note', payload: { text: input.followUp } });
  return recordEvents(db, actor, drafts, options);
}

/** A note on the case (e.g. a poor rating's follow-up outcome), by anyone, in any status. */
export async function recordNote(
  db: CounterDb,
  actor: Actor,
  input: { caseId: string; text: string },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  return recordEvents(
    db,
    actor,
    [{ caseId: input.caseId, type: 'note', payload: { text: input.text } }],
    options,
  );
}

/** 终止: the tolerated materials were not supplied by their deadline (the supervisor or the window). */
export async function recordTermination(
  db: CounterDb,
  actor: Actor,
  input: { caseId: string; on: string; text?: string },
  options: CommandOptions = {},
): Promise<CaseEvent[]> {
  return recordEvents(
    db,
    actor,
    [
      {
        caseId: input.caseId,
        type: 'terminated',
        payload: {
          reason: 'tolerance-deadline-missed',
          on: input.on,
          ...(input.text ? { text: input.text } : {}),
        },
      },
    ],
    options,
  );
}
