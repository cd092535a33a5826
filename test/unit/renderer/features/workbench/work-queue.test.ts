import { describe, expect, it } from 'vitest';
import { demoHall } from '../../../../../shared/demo/hall';
import type { CaseState } from '../../../../../shared/domain';
import {
  queueKindOf,
  workQueue,
  type QueueContext,
} from '../../../../../renderer/features/workbench/work-queue';
import { intakeEvents } from '../../../../../renderer/features/intake/intake-plan';
import { calendar, context, draftFor, fold, item, TODAY } from '../intake/case-fixture';

const ID = '019a0000-0000-7000-8000-000000000011';

function ctx(counterCode: string, role = 'window'): QueueContext {
  return { counterCode, role, hall: demoHall, today: TODAY, calendar };
}

function acceptedAt(code: string, counter: string, received: number): CaseState {
  const ids = item(code)
    .materials.slice(0, received)
    .map((m) => m.id);
  const draft = draftFor(code, { received: ids });
  return fold(
    intakeEvents({ ...context(draft), windowCode: counter }, calendar)(ID, `${counter}-20261124-0001`),
  ).state;
}

describe('the window’s work queue', () => {
  it('lists a village agent’s instant item at the hall windows that may approve it, and as sent at the village', () => {
    const state = acceptedAt('KFQ-SJ-002', 'V01', 3);
    expect(queueKindOf(state, ctx('W01'))).toBe('approve');
    expect(queueKindOf(state, ctx('W02'))).toBe('approve');
    expect(queueKindOf(state, ctx('W03'))).toBeUndefined();
    expect(queueKindOf(state, ctx('V01', 'agent'))).toBe('sent');
  });

  it('lists a returned case at its intake window only, and a result to hand out at the 出件 window too', () => {
    const routed = acceptedAt('KFQ-JS-008', 'W05', 4);
    const returned = fold(
      [{ caseId: ID, type: 'reviewed', payload: { step: 'review', decision: 'return', opinion: '请补正' } }],
      routed,
    ).state;
    expect(queueKindOf(returned, ctx('W05'))).toBe('returned');
    expect(queueKindOf(returned, ctx('W06'))).toBeUndefined();
    expect(queueKindOf(returned, ctx('W08'))).toBeUndefined();
    const approved: CaseState = { ...routed, status: 'approved' };
    expect(queueKindOf(approved, ctx('W05'))).toBe('certify');
    expect(queueKindOf(approved, ctx('W08'))).toBe('certify');
    expect(queueKindOf({ ...approved, status: 'certified' }, ctx('W08'))).toBe('deliver');
    expect(queueKindOf({ ...approved, status: 'certified' }, ctx('W06'))).toBeUndefined();
  });

  it('lists a notified case for the applicant’s return, and a tolerance case whose deadline comes up', () => {
    const notified = acceptedAt('KFQ-JS-008', 'W05', 2);
    expect(notified.status).toBe('notified-missing');
    expect(queueKindOf(notified, ctx('W05'))).toBe('notified');
    const tolerance = acceptedAt('KFQ-JS-004', 'W05', 9);
    expect(tolerance.tolerated.length).toBeGreaterThan(0);
    expect(queueKindOf(tolerance, { ...ctx('W05'), today: tolerance.dates.supplyDeadline ?? '' })).toBe(
      'supply',
    );
    expect(queueKindOf(tolerance, ctx('W05'))).toBeUndefined();
  });

  it('orders the queue by kind: approvals and returns first', () => {
    const notified = acceptedAt('KFQ-JS-008', 'W01', 2);
    const village = acceptedAt('KFQ-SJ-002', 'V01', 3);
    expect(workQueue([notified, village], ctx('W01')).map((e) => e.kind)).toEqual(['approve', 'notified']);
  });
});
