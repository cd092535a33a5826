import { defaultCalendar, type Calendar } from '../calendar';
import { outstandingTolerated, type CaseState } from '../domain';

export type ClockLevel = 'normal' | 'yellow' | 'red';

/**
 * Where a case stands against its promise (电子监察). `running` cases count working days used
 * since acceptance, pauses (§45 special steps, 补正) excluded; `paused` cases show the pause;
 * cases without a clock (not accepted, or decided) show `none`.
 */
export type CaseClock =
  | { kind: 'none' }
  | {
      kind: 'running' | 'paused';
      level: ClockLevel;
      acceptedOn: string;
      deadline: string;
      limitWorkdays: number;
      usedWorkdays: number;
      pausedWorkdays: number;
      /** The deadline was counted on a year without an entered schedule (shown as 预计). */
      provisional?: true;
      /** The tolerated materials' own deadline, while any is outstanding. */
      supply?: { deadline: string; level: ClockLevel; outstanding: number; provisional?: true };
      /** A grace pause past the supply deadline (逾期暂停): terminated after `until`. */
      grace?: { until: string; level: ClockLevel };
    };

const CLOCK_STATUSES = new Set<CaseState['status']>(['accepted', 'in-review', 'paused']);

export function caseClock(
  state: CaseState,
  today: string,
  calendar: Calendar = defaultCalendar,
  yellowAt = 0.8,
): CaseClock {
  const { acceptedOn, promisedDate } = state.dates;
  if (!CLOCK_STATUSES.has(state.status) || acceptedOn === undefined || promisedDate === undefined) {
    return { kind: 'none' };
  }
  const pausedWorkdays = state.dates.pauses.reduce(
    (sum, pause) => sum + Math.max(0, calendar.workingDaysBetween(pause.from, pause.to ?? today)),
    0,
  );
  const usedWorkdays = Math.max(0, calendar.workingDaysBetween(acceptedOn, today) - pausedWorkdays);
  const limitWorkdays = state.item.promisedWorkdays;
  const level = levelOf(today, promisedDate, usedWorkdays, limitWorkdays, yellowAt);
  const outstanding = outstandingTolerated(state).length;
  const supplyDeadline = state.dates.supplyDeadline;
  const supply =
    outstanding > 0 && supplyDeadline !== undefined
      ? {
          deadline: supplyDeadline,
          outstanding,
          ...(state.dates.supplyProvisional ? { provisional: true as const } : {}),
          level: levelOf(
            today,
            supplyDeadline,
            Math.max(0, calendar.workingDaysBetween(acceptedOn, today)),
            Math.max(0, calendar.workingDaysBetween(acceptedOn, supplyDeadline)),
            yellowAt,
          ),
        }
      : undefined;
  const graceUntil = state.status === 'paused' ? state.dates.pauses.at(-1)?.graceUntil : undefined;
  const grace =
    graceUntil === undefined
      ? undefined
      : { until: graceUntil, level: today > graceUntil ? ('red' as const) : ('yellow' as const) };
  return {
    kind: state.status === 'paused' ? 'paused' : 'running',
    level,
    acceptedOn,
    deadline: promisedDate,
    limitWorkdays,
    usedWorkdays,
    pausedWorkdays,
    ...(state.dates.promiseProvisional ? { provisional: true as const } : {}),
    ...(supply ? { supply } : {}),
    ...(grace ? { grace } : {}),
  };
}

/**
 * Red once today is past the deadline; yellow when the used share of the limit reaches `yellowAt`
 * (and on the deadline day itself, which covers limits of 0); otherwise normal.
 */
function levelOf(today: string, deadline: string, used: number, limit: number, yellowAt: number): ClockLevel {
  if (today > deadline) return 'red';
  if (today === deadline) return 'yellow';
  return limit > 0 && used / limit >= yellowAt ? 'yellow' : 'normal';
}
