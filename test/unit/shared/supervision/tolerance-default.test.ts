import { describe, expect, it } from 'vitest';
import { planAcceptance, type CaseEvent, type CaseState } from '../../../../shared/domain';
import type { Role } from '../../../../shared/hall/roles';
import { caseClock, toleranceStep } from '../../../../shared/supervision';
import { calendar, CaseScript, demoItem, play, refusal, registeredPayload } from '../domain/fixtures';

const CODE = 'KFQ-JS-004';
const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const TERMINATE = { onDefault: 'terminate' } as const;
const GRACE = { onDefault: 'pause-then-terminate', graceWorkingDays: 3 } as const;

/** A tolerance case accepted on `day` with two tolerated materials outstanding. */
function toleranceCase(day: string): { s: CaseScript; state: CaseState; tolerated: string[] } {
  const s = new CaseScript();
  const item = demoItem(CODE);
  const toleratedMaterials = item.materials.filter((m) => !m.essential && m.when === undefined).slice(0, 2);
  const tolerated = toleratedMaterials.map((m) => m.id);
  const plan = planAcceptance(item, day, { tolerated }, calendar);
  const steps: Array<readonly [CaseEvent, Role]> = [
    [s.event('registered', registeredPayload(CODE), { at: at(day) }), 'window'],
    ...item.materials
      .filter((m) => m.when === undefined && !tolerated.includes(m.id))
      .map((m) => [s.event('materialReceived', { materialId: m.id, blobs: [] }), 'window'] as const),
    [
      s.event(
        'accepted',
        {
          acceptedOn: day,
          promisedDate: plan.promisedDate,
          tolerated: toleratedMaterials.map((m) => ({ materialId: m.id, name: m.name })),
          ...(plan.supplyDeadline ? { supplyDeadline: plan.supplyDeadline } : {}),
        },
        { at: at(day, '09:10') },
      ),
      'window',
    ],
  ];
  return { s, state: play(steps), tolerated };
}

function gracePause(s: CaseScript, from: string, graceUntil: string): CaseEvent {
  return s.event(
    'paused',
    { kind: 'correction', reason: '容缺材料逾期未补齐，暂停办理', from, graceUntil },
    { at: at(from, '10:00'), actor: 'KFQ3002' },
  );
}

function termination(s: CaseScript, on: string): CaseEvent {
  return s.event(
    'terminated',
    { reason: 'tolerance-deadline-missed', on },
    { at: at(on, '10:00'), actor: 'KFQ3002' },
  );
}

describe("the hall's tolerance rule on a missed supply deadline", () => {
  // Accepted on 2026-09-21 (Monday): five working days with the Mid-Autumn Festival (09-25) off
  // make the supply deadline 09-29; the National Day holiday (10-01 … 10-07) follows.
  const { s, state, tolerated } = toleranceCase('2026-09-21');

  it('asks nothing up to the supply deadline, and under "terminate" terminates the next day', () => {
    expect(state.dates.supplyDeadline).toBe('2026-09-29');
    expect(toleranceStep(state, TERMINATE, '2026-09-29', calendar)).toEqual({ kind: 'none' });
    expect(toleranceStep(state, TERMINATE, '2026-09-30', calendar)).toEqual({
      kind: 'terminate',
      supplyDeadline: '2026-09-29',
    });
    // The guard agrees: refused on the deadline day, recorded the day after (by the supervisor).
    expect(refusal(state, termination(s, '2026-09-29'), 'supervisor').codes).toContain('deadline-not-passed');
    expect(play([[termination(s, '2026-09-30'), 'supervisor']], state).status).toBe('terminated');
  });

  it('under "pause-then-terminate" pauses first, its grace counted in working days across the holiday', () => {
    const step = toleranceStep(state, GRACE, '2026-09-30', calendar);
    // 10-01 … 10-07 are holidays: 10-08, 10-09 and the adjusted working Saturday 10-10 are the grace.
    expect(step).toEqual({
      kind: 'pause',
      supplyDeadline: '2026-09-29',
      from: '2026-09-30',
      graceUntil: '2026-10-10',
    });

    const paused = play([[gracePause(s, '2026-09-30', '2026-10-10'), 'supervisor']], state);
    expect(paused.status).toBe('paused');
    // In the holiday and on its last day the grace runs, shown on the clock.
    for (const day of ['2026-10-05', '2026-10-10'])
      expect(toleranceStep(paused, GRACE, day, calendar)).toEqual({
        kind: 'grace',
        supplyDeadline: '2026-09-29',
        graceUntil: '2026-10-10',
      });
    const clock = caseClock(paused, '2026-10-10', calendar);
    expect(clock.kind === 'paused' && clock.grace).toEqual({ until: '2026-10-10', level: 'yellow' });
    expect(refusal(paused, termination(s, '2026-10-10'), 'supervisor').reasons.join()).toContain(
      '逾期暂停至 2026-10-10',
    );

    // From 10-11 the grace has run out: terminated, whatever the rule says now.
    expect(toleranceStep(paused, GRACE, '2026-10-11', calendar)).toMatchObject({ kind: 'terminate' });
    expect(toleranceStep(paused, TERMINATE, '2026-10-12', calendar)).toMatchObject({ kind: 'terminate' });
    const terminated = play([[termination(s, '2026-10-12'), 'supervisor']], paused);
    expect(terminated.status).toBe('terminated');
    expect(toleranceStep(terminated, GRACE, '2026-10-12', calendar)).toEqual({ kind: 'none' });
    // The supervisor who terminated prints its notice; other papers stay with the case handlers.
    const notice = s.event('documentPrinted', { kind: 'termination-notice', copies: 1, reprint: false });
    expect(play([[notice, 'supervisor']], terminated).prints?.map((p) => p.kind)).toEqual([
      'termination-notice',
    ]);
    const receipt = s.event('documentPrinted', { kind: 'receipt', copies: 1, reprint: true });
    expect(refusal(terminated, receipt, 'supervisor').codes).toEqual(['role']);
  });

  it('ends when the materials are supplied in the grace; waits while another pause runs', () => {
    const paused = play([[gracePause(s, '2026-09-30', '2026-10-10'), 'window']], state);
    const supplied = play(
      [[s.event('supplemented', { materialIds: tolerated, on: '2026-10-08' }), 'window']],
      paused,
    );
    expect(toleranceStep(supplied, GRACE, '2026-10-12', calendar)).toEqual({ kind: 'none' });

    const hearing = play(
      [[s.event('paused', { kind: 'hearing', reason: '听证', from: '2026-09-25' }), 'window']],
      state,
    );
    expect(toleranceStep(hearing, GRACE, '2026-09-30', calendar)).toEqual({
      kind: 'wait',
      supplyDeadline: '2026-09-29',
    });
  });

  it('lets only the window and the supervisor record a grace pause, and only past the deadline', () => {
    expect(refusal(state, gracePause(s, '2026-09-30', '2026-10-10'), 'reviewer').codes).toContain('role');
    expect(refusal(state, gracePause(s, '2026-09-29', '2026-10-10'), 'supervisor').codes).toContain(
      'deadline-not-passed',
    );
    expect(refusal(state, gracePause(s, '2026-09-30', '2026-09-30'), 'supervisor').codes).toContain(
      'date-order',
    );
  });
});
