import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../shared/calendar';
import { checkEvent, planAcceptance, planResumptionDates } from '../../../../shared/domain';
import { calendar, CaseScript, demoItem, play, receiveAll, registeredPayload, with2027 } from './fixtures';

const entered = createCalendar(with2027);

function acceptable(code: string, skip: string[] = []) {
  const s = new CaseScript();
  const state = play([
    [s.event('registered', registeredPayload(code)), 'window'],
    ...receiveAll(s, code, [], skip),
  ]);
  return { s, state };
}

describe('dates counted on a provisional calendar (no 2027 schedule yet)', () => {
  it('a 20-day promise on 2026-12-14 is planned, flagged provisional and accepted by the guard', () => {
    const code = 'KFQ-SW-003'; // 20 working days
    const plan = planAcceptance(demoItem(code), '2026-12-14', { tolerated: [] }, calendar);
    expect(plan).toEqual({ promisedDate: '2027-01-12', promiseProvisional: true });
    const { s, state } = acceptable(code);
    const event = s.event('accepted', { acceptedOn: '2026-12-14', tolerated: [], ...plan });
    expect(checkEvent(state, event, 'window', { calendar })).toEqual({ ok: true });
  });

  it('the guard refuses a provisional date that is not flagged, and a flag on an official date', () => {
    const code = 'KFQ-SW-003';
    const { s, state } = acceptable(code);
    const unflagged = s.event('accepted', {
      acceptedOn: '2026-12-14',
      promisedDate: '2027-01-12',
      tolerated: [],
    });
    const verdict = checkEvent(state, unflagged, 'window', { calendar });
    expect(verdict).toMatchObject({ ok: false, codes: ['calendar'] });
    const early = s.event('accepted', {
      acceptedOn: '2026-11-02',
      promisedDate: calendar.addWorkingDays('2026-11-02', 20),
      tolerated: [],
      promiseProvisional: true,
    });
    expect(checkEvent(state, early, 'window', { calendar })).toMatchObject({
      ok: false,
      codes: ['calendar'],
    });
  });

  it('a tolerance acceptance on 2026-12-28: supply deadline in 2027, both flagged', () => {
    const code = 'KFQ-JS-002'; // 3 working days, class B, M04 tolerable
    const { s, state } = acceptable(code, ['KFQ-JS-002-M04']);
    const tolerated = [{ materialId: 'KFQ-JS-002-M04', name: state.item.materials[3]?.name ?? '' }];
    const plan = planAcceptance(demoItem(code), '2026-12-28', { tolerated }, calendar);
    // 12-29, 12-30, 12-31: the promise stays in 2026 and is official; so does the capped supply date.
    expect(plan).toEqual({ promisedDate: '2026-12-31', supplyDeadline: '2026-12-31' });
    const five = planAcceptance({ promisedWorkdays: 10 }, '2026-12-28', { tolerated }, calendar);
    // 12-29..31, then 2027-01-01 (元旦) off: 01-04, 01-05 → supply 01-05; promise 01-12.
    expect(five).toEqual({
      promisedDate: '2027-01-12',
      promiseProvisional: true,
      supplyDeadline: '2027-01-05',
      supplyProvisional: true,
    });
    const event = s.event('accepted', { acceptedOn: '2026-12-28', tolerated, ...plan });
    expect(checkEvent(state, event, 'window', { calendar })).toEqual({ ok: true });
  });

  it('a device offline while IT entered 2027: its provisional promise is still accepted', () => {
    const code = 'KFQ-SW-003';
    const { s, state } = acceptable(code);
    // Across 春节: statutory 02-05..02-08 off; the entered schedule 02-05..02-12 off, Sat 02-13 on.
    const offline = planAcceptance(demoItem(code), '2027-01-25', { tolerated: [] }, calendar);
    const online = planAcceptance(demoItem(code), '2027-01-25', { tolerated: [] }, entered);
    expect(offline).toEqual({ promisedDate: '2027-02-24', promiseProvisional: true });
    expect(online).toEqual({ promisedDate: '2027-03-01' });
    const fromOffline = s.event('accepted', { acceptedOn: '2027-01-25', tolerated: [], ...offline });
    expect(checkEvent(state, fromOffline, 'window', { calendar: entered })).toEqual({ ok: true });
    const fromOnline = s.event('accepted', { acceptedOn: '2027-01-25', tolerated: [], ...online });
    expect(checkEvent(state, fromOnline, 'window', { calendar: entered })).toEqual({ ok: true });
    // The offline date without its flag, or a flag with a date no calendar gives, is refused.
    const { promiseProvisional: _flag, ...bare } = offline;
    const unflagged = s.event('accepted', { acceptedOn: '2027-01-25', tolerated: [], ...bare });
    expect(checkEvent(state, unflagged, 'window', { calendar: entered })).toMatchObject({ ok: false });
    const wrong = s.event('accepted', {
      acceptedOn: '2027-01-25',
      tolerated: [],
      promisedDate: '2027-02-25',
      promiseProvisional: true,
    });
    expect(checkEvent(state, wrong, 'window', { calendar: entered })).toMatchObject({ ok: false });
  });

  it('a resumption keeps a provisional promise provisional, and the guard checks it the same way', () => {
    const code = 'KFQ-SW-003';
    const plan = planAcceptance(demoItem(code), '2026-12-14', { tolerated: [] }, calendar);
    const { s, state } = acceptable(code);
    const paused = play(
      [
        [s.event('accepted', { acceptedOn: '2026-12-14', tolerated: [], ...plan }), 'window'],
        [s.event('paused', { kind: 'hearing', reason: '听证', from: '2026-12-15' }), 'window'],
      ],
      state,
    );
    expect(paused.dates.promiseProvisional).toBe(true);
    const resumed = planResumptionDates(
      {
        promisedDate: plan.promisedDate,
        pausedFrom: '2026-12-15',
        resumedOn: '2026-12-17',
        promiseProvisional: true,
      },
      entered,
    );
    // Two working days paused (16, 17): 01-12 + 2 on the entered 2027 = 01-14, still provisional.
    expect(resumed).toEqual({ promisedDate: '2027-01-14', promiseProvisional: true });
    const event = s.event('resumed', { on: '2026-12-17', ...resumed });
    expect(checkEvent(paused, event, 'window', { calendar: entered })).toEqual({ ok: true });
    const unflagged = s.event('resumed', { on: '2026-12-17', promisedDate: '2027-01-14' });
    expect(checkEvent(paused, unflagged, 'window', { calendar: entered })).toMatchObject({ ok: false });
  });
});
