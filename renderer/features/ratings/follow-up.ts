import type { Calendar } from '../../../shared/calendar';
import type { CaseState, EvaluationLevel } from '../../../shared/domain';

/** 15 working days to call the applicant back after a poor rating (好差评 整改回访). */
export const FOLLOW_UP_WORKDAYS = 15;

const PREFIX = '【差评回访】';
const PATTERN = /^【差评回访】期限 (\d{4}-\d{2}-\d{2})：(.*)$/s;
const OUTCOME_PREFIX = '【差评回访结果】';
/** The outcome names its follow-up by the time that follow-up's note was recorded. */
const OUTCOME_PATTERN = /^【差评回访结果】(\S+?)：(.*)$/s;

/** A poor rating (不满意, 非常不满意) asks what went wrong and opens a follow-up. */
export function isPoorRating(level: EvaluationLevel): boolean {
  return level >= 4;
}

/** The note that records the follow-up: its deadline first, so the supervisor's list can read it. */
export function followUpNote(
  problem: string,
  today: string,
  calendar: Pick<Calendar, 'addWorkingDays'>,
): string {
  return `${PREFIX}期限 ${calendar.addWorkingDays(today, FOLLOW_UP_WORKDAYS)}：${problem.trim()}`;
}

/**
 * The note that closes a follow-up: what the call back found or did. Also a `note` (anyone may
 * record one, the supervisor included), naming the follow-up by its note's time, so the case's
 * record keeps both the problem and how it was answered.
 */
export function followUpOutcomeNote(followUp: Pick<FollowUp, 'at'>, outcome: string): string {
  return `${OUTCOME_PREFIX}${followUp.at}：${outcome.trim()}`;
}

export interface FollowUpOutcome {
  text: string;
  officer: string;
  at: string;
}

export interface FollowUp {
  caseId: string;
  caseNumber: string;
  applicant: string;
  deadline: string;
  problem: string;
  officer: string;
  at: string;
  /** Recorded when the applicant was called back: the follow-up is done. */
  outcome?: FollowUpOutcome;
}

/** The follow-ups recorded on a case (its notes written by followUpNote), oldest first, with their outcomes. */
export function followUpsOf(state: CaseState): FollowUp[] {
  const outcomes = new Map<string, FollowUpOutcome>();
  for (const note of state.notes) {
    const match = OUTCOME_PATTERN.exec(note.text);
    if (match?.[1] && !outcomes.has(match[1]))
      outcomes.set(match[1], { text: match[2] ?? '', officer: note.actor, at: note.at });
  }
  const out: FollowUp[] = [];
  for (const note of state.notes) {
    const match = PATTERN.exec(note.text);
    if (!match?.[1]) continue;
    const outcome = outcomes.get(note.at);
    out.push({
      caseId: state.caseId,
      caseNumber: state.caseNumber,
      applicant: state.applicant.name,
      deadline: match[1],
      problem: match[2] ?? '',
      officer: note.actor,
      at: note.at,
      ...(outcome ? { outcome } : {}),
    });
  }
  return out;
}

/** The follow-ups of a case still waiting for their call back. */
export function openFollowUps(state: CaseState): FollowUp[] {
  return followUpsOf(state).filter((f) => f.outcome === undefined);
}
