import type { Calendar } from '../../../shared/calendar';
import type { CaseState, EvaluationLevel } from '../../../shared/domain';

/** 15 working days to call the applicant back after a poor rating (好差评 整改回访). */
export const FOLLOW_UP_WORKDAYS = 15;

const PREFIX = '【差评回访】';
const PATTERN = /^【差评回访】期限 (\d{4}-\d{2}-\d{2})：(.*)$/s;

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

export interface FollowUp {
  caseId: string;
  caseNumber: string;
  applicant: string;
  deadline: string;
  problem: string;
  officer: string;
  at: string;
}

/** The follow-ups recorded on a case (its notes written by followUpNote), oldest first. */
export function followUpsOf(state: CaseState): FollowUp[] {
  const out: FollowUp[] = [];
  for (const note of state.notes) {
    const match = PATTERN.exec(note.text);
    if (!match?.[1]) continue;
    out.push({
      caseId: state.caseId,
      caseNumber: state.caseNumber,
      applicant: state.applicant.name,
      deadline: match[1],
      problem: match[2] ?? '',
      officer: note.actor,
      at: note.at,
    });
  }
  return out;
}
