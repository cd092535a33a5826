import type { Role } from '../hall/roles';
import { ROLE_LABELS } from '../hall/roles';
import type { CaseState } from './case-state';
import type { DeadlineCalendar } from './deadlines';
import { eventHash } from './event-hash';
import type { CaseEvent } from './events';
import { EVENT_TYPE_LABELS } from './events';
import { rolesFor } from './permissions';
import type { GuardCode, Problem } from './problems';
import { problem } from './problems';
import { checkTransition } from './transitions';

export type GuardContext = {
  /** The hall's calendar: when given, carried dates (promised date, resumption) are recomputed. */
  calendar?: DeadlineCalendar;
  /** The event's hash recomputed (default `eventHash`): the server passes its native sha256, once per event. */
  eventHash?: (event: CaseEvent) => string;
};

export type GuardResult =
  | { ok: true }
  | {
      ok: false;
      /** zh-CN sentences for the officer or supervisor, every problem found (not only the first). */
      reasons: string[];
      /** The machine code of each reason: codes[i] belongs to reasons[i]. */
      codes: GuardCode[];
    };

/**
 * THE guard (ARCHITECTURE.md): may `actorRole` record `event` on the case in `state` now?
 * The device asks before appending; the server asks again and stores a refused event as rejected
 * (never dropped). `state` is undefined before the first event. The event is assumed to have
 * passed `caseEventSchema` already. Pure and synchronous; never throws (calendar errors become
 * reasons).
 */
export function checkEvent(
  state: CaseState | undefined,
  event: CaseEvent,
  actorRole: Role,
  ctx: GuardContext = {},
): GuardResult {
  const problems: Problem[] = [];
  if (event.hash !== (ctx.eventHash ?? eventHash)(event))
    problems.push(problem('hash-mismatch', '事件哈希与内容不符（内容被改动或计算有误）'));
  const allowed = rolesFor(state, event);
  if (!allowed.includes(actorRole))
    problems.push(
      problem(
        'role',
        `「${ROLE_LABELS[actorRole].zh}」无权记录「${EVENT_TYPE_LABELS[event.type]}」（应为：${allowed
          .map((r) => ROLE_LABELS[r].zh)
          .join('、')}）`,
      ),
    );
  problems.push(...checkTransition(state, event, ctx.calendar));
  if (problems.length === 0) return { ok: true };
  return { ok: false, reasons: problems.map((p) => p.message), codes: problems.map((p) => p.code) };
}
