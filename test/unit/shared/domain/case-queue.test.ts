import { describe, expect, it } from 'vitest';
import {
  approvalWindows,
  awaitsWindowApproval,
  caseNumber,
  checkEvent,
  returnedToWindow,
  type CaseEvent,
  type CaseState,
} from '../../../../shared/domain';
import { demoHall } from '../../../../shared/demo/hall';
import type { Role } from '../../../../shared/hall/roles';
import { calendar, CaseScript, demoItem, play, receiveAll, refusal, registeredPayload } from './fixtures';

// Issue 12 B: every case lands somewhere — the window's queue for what nobody in the back office holds.

const ON = '2026-03-02';

function accepted(s: CaseScript, promisedDate = ON): CaseEvent {
  return s.event('accepted', { acceptedOn: ON, promisedDate, tolerated: [] });
}

describe('an instant item accepted by a village agent', () => {
  function villageCase() {
    const s = new CaseScript(undefined, 'dev-v01');
    const register = s.event(
      'registered',
      registeredPayload('KFQ-SJ-002', { windowCode: 'V01', caseNumber: caseNumber('V01', ON, 1) }),
    );
    const receipts = receiveAll(s, 'KFQ-SJ-002', []).map(([e]) => [e, 'agent'] as const);
    const state = play([[register, 'agent'], ...receipts, [accepted(s), 'agent']]);
    return { s, state };
  }

  it('waits for the hall windows the item is authorised to, which the agent is shown', () => {
    const { state } = villageCase();
    expect(state.status).toBe('accepted');
    expect(awaitsWindowApproval(state)).toBe(true);
    expect(approvalWindows(state, demoHall).map((w) => w.code)).toEqual(['W01', 'W02']);
  });

  it('is decided by the window, never by the agent, and then leaves the approval queue', () => {
    const { s, state } = villageCase();
    const approve = s.draft('approved', {
      decisionNumber: '开审许字〔2026〕第V01202603020001号',
      decidedOn: ON,
    });
    expect(refusal(state, approve, 'agent').codes).toEqual(['role']);
    s.commit();
    const decided = play([[approve, 'window']], state);
    expect(decided.status).toBe('approved');
    expect(awaitsWindowApproval(decided)).toBe(false);
    expect(approvalWindows(decided, demoHall)).toEqual([]);
  });

  it('a window-tier promise item waits for the windows of its section, not the 出件 window', () => {
    const s = new CaseScript();
    const state = play([
      [s.event('registered', registeredPayload('KFQ-SJ-003')), 'window'],
      ...receiveAll(s, 'KFQ-SJ-003', []),
      [accepted(s, calendar.addWorkingDays(ON, 1)), 'window'],
    ]);
    expect(approvalWindows(state, demoHall).map((w) => w.code)).toEqual(['W01', 'W02']);
  });

  it('does not wait for a window when a back-office step decides', () => {
    const s = new CaseScript();
    const state = play([
      [s.event('registered', registeredPayload('KFQ-JS-008')), 'window'],
      ...receiveAll(s, 'KFQ-JS-008', []),
      [accepted(s, calendar.addWorkingDays(ON, 3)), 'window'],
    ]);
    expect(awaitsWindowApproval(state)).toBe(false);
  });
});

describe('a case returned by the reviewer', () => {
  const OPINION = '位置图未标明占用尺寸，请补正';

  function returnedCase(): { s: CaseScript; state: CaseState } {
    const s = new CaseScript();
    const state = play([
      [s.event('registered', registeredPayload('KFQ-JS-008')), 'window'],
      ...receiveAll(s, 'KFQ-JS-008', []),
      [accepted(s, calendar.addWorkingDays(ON, 3)), 'window'],
      [s.event('routed', { to: 'review' }), 'window'],
      [s.event('reviewed', { step: 'review', decision: 'return', opinion: OPINION }), 'reviewer'],
    ]);
    return { s, state };
  }

  it('is back at its intake window with the reviewer’s reason', () => {
    const { state } = returnedCase();
    expect(state.status).toBe('accepted');
    expect(state.windowCode).toBe('W03');
    expect(returnedToWindow(state)).toMatchObject({ step: 'review', opinion: OPINION });
  });

  it('can be corrected (a material received again) and resent to the review step', () => {
    const { s, state } = returnedCase();
    const corrected = play(
      [
        [s.event('materialReceived', { materialId: 'KFQ-JS-008-M04', blobs: [] }), 'window'],
        [s.event('routed', { to: 'review', note: '已补正位置图尺寸' }), 'window'],
      ],
      state,
    );
    expect(corrected.status).toBe('in-review');
    expect(corrected.approval.currentStep).toBe('review');
    expect(returnedToWindow(corrected)).toBeUndefined();
    // The promise stays what the receipt printed.
    expect(corrected.dates.promisedDate).toBe(state.dates.promisedDate);
  });

  it('can be ended: the applicant withdraws with the reason', () => {
    const { s, state } = returnedCase();
    const ended = play([[s.event('withdrawn', { on: ON, reason: OPINION }), 'window']], state);
    expect(ended.status).toBe('withdrawn');
    expect(ended.withdrawal).toEqual({ on: ON, reason: OPINION });
  });

  it('a case not returned still takes no new material after acceptance', () => {
    const s = new CaseScript();
    const state = play([
      [s.event('registered', registeredPayload('KFQ-JS-008')), 'window'],
      ...receiveAll(s, 'KFQ-JS-008', []),
      [accepted(s, calendar.addWorkingDays(ON, 3)), 'window'],
    ]);
    const again = s.event('materialReceived', { materialId: 'KFQ-JS-008-M04', blobs: [] });
    expect(refusal(state, again, 'window').codes).toEqual(['material-not-allowed']);
  });
});

describe('a case with a one-time notice continues when the applicant comes back (补正后受理)', () => {
  const CODE = 'KFQ-SW-001';
  const missingOf = (ids: string[]) =>
    ids.map((id) => ({ materialId: id, name: demoItem(CODE).materials.find((m) => m.id === id)!.name }));

  function notifiedCase(missing: string[]) {
    const s = new CaseScript();
    const state = play([
      [s.event('registered', registeredPayload(CODE)), 'window'],
      ...receiveAll(s, CODE, [], missing),
      [s.event('notifiedMissing', { missing: missingOf(missing), notifiedOn: ON }), 'window'],
    ]);
    return { s, state };
  }

  const receive = (s: CaseScript, ids: string[], role: Role = 'window') =>
    ids.map((id) => [s.event('materialReceived', { materialId: id, blobs: [] }), role] as const);

  it('accepts on the same case: what was received stays, no second registration', () => {
    const { s, state } = notifiedCase(['KFQ-SW-001-M03', 'KFQ-SW-001-M09']);
    const before = Object.keys(state.materials);
    const later = '2026-03-04';
    const done = play(
      [
        ...receive(s, ['KFQ-SW-001-M03', 'KFQ-SW-001-M09']),
        [
          s.event('accepted', {
            acceptedOn: later,
            promisedDate: calendar.addWorkingDays(later, 1),
            tolerated: [],
          }),
          'window',
        ],
      ],
      state,
    );
    expect(done.status).toBe('accepted');
    expect(done.caseNumber).toBe(state.caseNumber);
    expect(Object.keys(done.materials)).toEqual(expect.arrayContaining(before));
    expect(done.dates.acceptedOn).toBe(later);
    expect(done.notice?.notifiedOn).toBe(ON);
  });

  it('accepts with tolerance when only a non-essential material is still missing', () => {
    const { s, state } = notifiedCase(['KFQ-SW-001-M03', 'KFQ-SW-001-M08']);
    const promisedDate = calendar.addWorkingDays(ON, 1);
    const done = play(
      [
        ...receive(s, ['KFQ-SW-001-M03']),
        [
          s.event('accepted', {
            acceptedOn: ON,
            promisedDate,
            tolerated: missingOf(['KFQ-SW-001-M08']),
            supplyDeadline: promisedDate,
          }),
          'window',
        ],
      ],
      state,
    );
    expect(done.status).toBe('accepted');
    expect(done.tolerated.map((m) => m.materialId)).toEqual(['KFQ-SW-001-M08']);
  });

  it('notifies again, listing what is still missing, when the applicant brought only part', () => {
    const { s, state } = notifiedCase(['KFQ-SW-001-M03', 'KFQ-SW-001-M09']);
    const again = play(
      [
        ...receive(s, ['KFQ-SW-001-M03']),
        [
          s.event('notifiedMissing', { missing: missingOf(['KFQ-SW-001-M09']), notifiedOn: '2026-03-03' }),
          'window',
        ],
      ],
      state,
    );
    expect(again.status).toBe('notified-missing');
    expect(again.notice?.missing.map((m) => m.materialId)).toEqual(['KFQ-SW-001-M09']);
    expect(again.materials['KFQ-SW-001-M03']).toBeDefined();
  });

  it('still refuses an acceptance while an essential material is missing', () => {
    const { s, state } = notifiedCase(['KFQ-SW-001-M03']);
    const early = s.event('accepted', {
      acceptedOn: ON,
      promisedDate: calendar.addWorkingDays(ON, 1),
      tolerated: [],
    });
    expect(checkEvent(state, early, 'window', { calendar }).ok).toBe(false);
  });
});
