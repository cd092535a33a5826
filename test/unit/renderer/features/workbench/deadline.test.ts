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

describe('a tolerance case accepted on 2026-12-28, before 2027 is entered', () => {
  const late = fold(
    intakeEvents({ ...context(draftFor('KFQ-JS-004', { received: nine })), today: '2026-12-28' }, calendar)(
      '019a0000-0000-7000-8000-000000000004',
      'W01-20261228-0001',
    ),
  ).state;

  it('carries both dates as provisional (预计), and they turn red across the year boundary', () => {
    // 5 working days: 12-29..31, 01-04, 01-05 (01-01 元旦 off); 12: then 01-06..08, 01-11..14.
    expect(caseDeadlines(late, '2026-12-29', calendar, 0.8)).toEqual([
      { kind: 'supply', date: '2027-01-05', level: 'normal', provisional: true },
      { kind: 'promise', date: '2027-01-14', level: 'normal', provisional: true },
    ]);
    expect(worstDeadline(caseDeadlines(late, '2027-01-06', calendar, 0.8))).toMatchObject({
      kind: 'supply',
      level: 'red',
    });
  });
});
