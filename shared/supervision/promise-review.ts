import { CalendarError, type Calendar } from '../calendar';
import { planResumption, type CaseState } from '../domain';

/**
 * An open case whose promise was counted on a provisional calendar (a year without an entered
 * schedule) and that the official schedule, now entered, would count differently. Supervision
 * lists it; nothing is rewritten: the promise printed on the receipt stands, and what to tell the
 * applicant is the hall's decision.
 */
export type PromiseReview = {
  state: CaseState;
  /** The promise the case carries (printed on its receipt). */
  recorded: string;
  /** The same count on the hall's calendar now: acceptance + limit, plus every closed pause. */
  official: string;
};

const OPEN = new Set<CaseState['status']>(['accepted', 'in-review', 'paused']);

/**
 * The open, provisionally promised cases whose promise differs on `calendar`, earliest recorded
 * promise first. A case whose recount still crosses a year without a schedule is left out (it is
 * still provisional, nothing to compare yet), as is one the calendar cannot count.
 */
export function promisesToReview(cases: Iterable<CaseState>, calendar: Calendar): PromiseReview[] {
  const out: PromiseReview[] = [];
  for (const state of cases) {
    const { acceptedOn, promisedDate, promiseProvisional } = state.dates;
    if (!OPEN.has(state.status) || !promiseProvisional || !acceptedOn || !promisedDate) continue;
    const official = officialPromise(state, acceptedOn, calendar);
    if (official === undefined || official === promisedDate) continue;
    out.push({ state, recorded: promisedDate, official });
  }
  return out.sort((a, b) => a.recorded.localeCompare(b.recorded));
}

function officialPromise(state: CaseState, acceptedOn: string, calendar: Calendar): string | undefined {
  try {
    let promise = calendar.addWorkingDays(acceptedOn, state.item.promisedWorkdays);
    for (const pause of state.dates.pauses) {
      if (pause.to === undefined || pause.from < acceptedOn) continue;
      promise = planResumption(
        { promisedDate: promise, pausedFrom: pause.from, resumedOn: pause.to },
        calendar,
      );
    }
    return calendar.isProvisionalSpan(acceptedOn, promise) ? undefined : promise;
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
}
