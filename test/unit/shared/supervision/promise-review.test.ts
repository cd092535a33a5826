import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../shared/calendar';
import { planAcceptance, type CaseState } from '../../../../shared/domain';
import { caseClock, promisesToReview } from '../../../../shared/supervision';
import {
  calendar,
  CaseScript,
  demoItem,
  play,
  receiveAll,
  registeredPayload,
  with2027,
} from '../domain/fixtures';

function acceptedCase(code: string, on: string): CaseState {
  const s = new CaseScript();
  const plan = planAcceptance(demoItem(code), on, { tolerated: [] }, calendar);
  return play([
    [s.event('registered', registeredPayload(code)), 'window'],
    ...receiveAll(s, code, []),
    [s.event('accepted', { acceptedOn: on, tolerated: [], ...plan }), 'window'],
  ]);
}

describe('supervision across the year boundary', () => {
  it('a case promised 2026-12-30 is red on 2027-01-05 with no 2027 schedule entered', () => {
    const state = acceptedCase('KFQ-JS-002', '2026-12-24'); // 3 working days: 25, 28, 29
    expect(state.dates.promisedDate).toBe('2026-12-29');
    const late = acceptedCase('KFQ-JS-009', '2026-12-23'); // 5: 24, 25, 28, 29, 30
    expect(late.dates.promisedDate).toBe('2026-12-30');
    expect(caseClock(late, '2027-01-05', calendar)).toMatchObject({ kind: 'running', level: 'red' });
    expect(caseClock(state, '2027-01-05', calendar)).toMatchObject({ level: 'red', usedWorkdays: 7 }); // 25, 28–31, 01-04, 01-05;
  });

  it('lists the open provisional promises the entered schedule would count differently', () => {
    const crossing = acceptedCase('KFQ-SW-003', '2027-01-25'); // 20 days over 春节
    const same = acceptedCase('KFQ-SW-003', '2026-12-14'); // 2027-01-12 either way
    const official = acceptedCase('KFQ-JS-002', '2026-12-24'); // all in 2026
    expect(crossing.dates.promiseProvisional).toBe(true);
    expect(same.dates.promiseProvisional).toBe(true);
    expect(official.dates.promiseProvisional).toBeUndefined();
    const cases = [official, same, crossing];
    // Before the schedule is entered nothing can be compared.
    expect(promisesToReview(cases, calendar)).toEqual([]);
    const rows = promisesToReview(cases, createCalendar(with2027));
    expect(rows.map((r) => [r.state.caseId, r.recorded, r.official])).toEqual([
      [crossing.caseId, '2027-02-24', '2027-03-01'],
    ]);
    // Nothing was rewritten: the case still carries its printed promise.
    expect(crossing.dates.promisedDate).toBe('2027-02-24');
  });
});
