import { describe, expect, it } from 'vitest';
import type { ApprovalStep, CaseState } from '../../../../../shared/domain';
import { demoHall } from '../../../../../shared/demo/hall';
import {
  actingRole,
  atFinalStep,
  isInQueue,
  parseAttendees,
} from '../../../../../renderer/features/backoffice/queue-rules';
import { demoDay } from '../../../../fixtures/demo-day';

const base = demoDay({ date: '2026-11-24', count: 20 }).cases.find((c) => c.status === 'accepted');
if (!base) throw new Error('the demo day has no accepted case');

/** A 基本建设 meeting-tier case waiting at `step` (or paused there). */
function at(step: ApprovalStep, status: CaseState['status'] = 'in-review'): CaseState {
  return {
    ...base!,
    status,
    item: { ...base!.item, section: '基本建设', tier: 'meeting' },
    approval: { route: ['review', 'chief', 'leader', 'meeting'], currentStep: step, reviews: [] },
  };
}

const officer = (id: string) => {
  const o = demoHall.officers.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};

describe('who may act on a case at its step', () => {
  it('acts in the role that holds the current step, paused or not', () => {
    expect(actingRole(at('review'), ['chief', 'reviewer'])).toBe('reviewer');
    expect(actingRole(at('chief', 'paused'), ['chief', 'reviewer'])).toBe('chief');
    expect(actingRole(at('leader'), ['chief', 'reviewer'])).toBeUndefined();
    expect(actingRole(at('meeting'), ['secretary'])).toBe('secretary');
    expect(actingRole({ ...at('review'), status: 'approved' }, ['reviewer'])).toBeUndefined();
  });

  it('queues a case for the reviewers and chief of its section only', () => {
    const sections = demoHall.sections;
    expect(isInQueue(at('review'), officer('KFQ1202'), sections)).toBe(true); // construction reviewer
    expect(isInQueue(at('review'), officer('KFQ1102'), sections)).toBe(false); // investment reviewer
    expect(isInQueue(at('review'), officer('KFQ1201'), sections)).toBe(true); // chief who also reviews
    expect(isInQueue(at('chief'), officer('KFQ1201'), sections)).toBe(true);
    expect(isInQueue(at('chief'), officer('KFQ1202'), sections)).toBe(false);
  });

  it('queues leader steps for the leader in charge, and the meeting for its secretary', () => {
    const sections = demoHall.sections;
    expect(isInQueue(at('leader'), officer('KFQ2001'), sections)).toBe(true);
    const other = demoHall.officers.find((o) => o.roles.includes('leader') && o.id !== 'KFQ2001');
    if (other && !(other.inChargeOf ?? []).includes('construction'))
      expect(isInQueue(at('leader'), other, sections)).toBe(false);
    expect(isInQueue(at('meeting'), officer('KFQ3001'), sections)).toBe(true);
    expect(isInQueue(at('meeting'), officer('KFQ3002'), sections)).toBe(false); // the supervisor
  });

  it('knows the top step, whose holder decides', () => {
    expect(atFinalStep(at('leader'))).toBe(false);
    expect(atFinalStep(at('meeting'))).toBe(true);
  });
});

describe('meeting attendees', () => {
  it('splits on Chinese and Latin separators', () => {
    expect(parseAttendees('徐建国、何建平，罗春燕, 胡晓玲  ')).toEqual([
      '徐建国',
      '何建平',
      '罗春燕',
      '胡晓玲',
    ]);
    expect(parseAttendees(' 、 ')).toEqual([]);
  });
});
