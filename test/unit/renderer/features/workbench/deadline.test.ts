import { describe, expect, it } from 'vitest';
import { caseDeadlines, worstDeadline } from '../../../../../renderer/features/workbench/deadline';
import { intakeEvents } from '../../../../../renderer/features/intake/intake-plan';
import { calendar, context, draftFor, fold, item } from '../intake/case-fixture';

const nine = item('KFQ-JS-004')
  .materials.slice(0, 9)
  .map((m) => m.id);
const { state } = fold(
  intakeEvents(context(draftFor('KFQ-JS-004', { received: nine })), calendar)(
    '019a0000-0000-7000-8000-000000000003',
    'W01-20261124-0001',
  ),
);

describe('caseDeadlines', () => {
  it('colours the supply deadline and the promise of a running tolerance case', () => {
    expect(caseDeadlines(state, '2026-11-25', calendar, 0.8)).toEqual([
      { kind: 'supply', date: '2026-12-01', level: 'normal' },
      { kind: 'promise', date: '2026-12-10', level: 'normal' },
    ]);
    expect(worstDeadline(caseDeadlines(state, '2026-12-01', calendar, 0.8))).toEqual({
      kind: 'supply',
      date: '2026-12-01',
      level: 'yellow',
    });
    expect(worstDeadline(caseDeadlines(state, '2026-12-02', calendar, 0.8))?.level).toBe('red');
  });

  it('is red past the deadline even beyond the calendar data, and has nothing for a finished case', () => {
    expect(worstDeadline(caseDeadlines(state, '2027-03-01', calendar, 0.8))?.level).toBe('red');
    expect(caseDeadlines({ ...state, status: 'delivered' }, '2026-11-25', calendar, 0.8)).toEqual([]);
  });
});
