import { describe, expect, it } from 'vitest';
import { applyEvent, checkEvent, FINAL_STATUSES, type CaseState } from '../../../../shared/domain';
import { calendar, CaseScript, play, receiveAll, refusal, registeredPayload } from './fixtures';

const CODE = 'KFQ-JS-001'; // leader tier: accepted, then routed to the reviewer

function inReview(): { s: CaseScript; state: CaseState } {
  const s = new CaseScript();
  const state = play([
    [s.event('registered', registeredPayload(CODE)), 'window'],
    ...receiveAll(s, CODE, []),
    [
      s.event('accepted', {
        acceptedOn: '2026-03-02',
        promisedDate: calendar.addWorkingDays('2026-03-02', 10),
        tolerated: [],
      }),
      'window',
    ],
    [s.event('routed', { to: 'review' }), 'window'],
  ]);
  return { s, state };
}

const VOID = { reason: '申请人选错，重新登记', on: '2026-03-02' };

describe('voided (作废)', () => {
  it('lets the registering officer void a case sent to review before anyone acted on it; it is final and kept', () => {
    const { s, state } = inReview();
    const event = s.event('voided', VOID);
    expect(checkEvent(state, event, 'window', { calendar })).toEqual({ ok: true });
    const voided = applyEvent(state, event);
    expect(voided.status).toBe('voided');
    expect(voided.voiding).toEqual({ ...VOID, actor: 'officer-1', at: event.at });
    expect(FINAL_STATUSES).toContain('voided');
    // The record stays: materials, acceptance and route are what they were.
    expect(voided.materials).toEqual(state.materials);
    expect(voided.dates.acceptedOn).toBe('2026-03-02');
    // Nothing but notes, ratings and prints after it.
    const review = s.event('reviewed', { step: 'review', decision: 'approve', opinion: '同意' });
    expect(refusal(voided, review, 'reviewer').codes).toEqual(['status']);
    expect(applyEvent(voided, review).ignored.map((i) => i.type)).toEqual(['reviewed']);
    expect(refusal(voided, s.event('voided', VOID), 'window').codes).toEqual(['status']);
  });

  it('refuses another officer, the back office and supervision', () => {
    const { s, state } = inReview();
    const byColleague = s.event('voided', VOID, { actor: 'officer-2' });
    expect(refusal(state, byColleague, 'window').codes).toEqual(['not-registrant']);
    expect(applyEvent(state, byColleague).status).toBe('in-review');
    expect(refusal(state, s.event('voided', VOID), 'reviewer').codes).toEqual(['role']);
    expect(refusal(state, s.event('voided', VOID), 'supervisor').codes).toEqual(['role']);
  });

  it('refuses once a back-office step has given its opinion, or after a decision', () => {
    const { s, state } = inReview();
    const reviewed = play(
      [[s.event('reviewed', { step: 'review', decision: 'approve', opinion: '同意' }), 'reviewer']],
      state,
    );
    const late = s.event('voided', VOID);
    const verdict = refusal(reviewed, late, 'window');
    expect(verdict.codes).toEqual(['reviewed-already']);
    expect(verdict.reasons[0]).toBe('该办件已有审查意见或特别程序，不能作废');
    expect(applyEvent(reviewed, late).status).toBe('in-review');
  });

  it('applies to a bare or refused registration too, by a village agent too, not before its day', () => {
    const s = new CaseScript();
    const registered = play([[s.event('registered', registeredPayload('KFQ-SJ-001')), 'agent']]);
    expect(checkEvent(registered, s.draft('voided', VOID), 'agent', { calendar })).toEqual({ ok: true });
    const early = s.draft('voided', { ...VOID, on: '2026-03-01' });
    expect(refusal(registered, early, 'agent').codes).toEqual(['date-order']);

    const r = new CaseScript();
    const refused = play([
      [r.event('registered', registeredPayload('KFQ-SJ-001')), 'window'],
      ...receiveAll(r, 'KFQ-SJ-001', []),
      [r.event('refused', { reason: { kind: 'not-licensing' }, text: '不属于行政许可' }), 'window'],
    ]);
    expect(applyEvent(refused, r.event('voided', VOID)).status).toBe('voided');
  });
});
