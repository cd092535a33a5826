import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../../shared/calendar';
import {
  FOLLOW_UP_WORKDAYS,
  followUpNote,
  followUpOutcomeNote,
  followUpsOf,
  isPoorRating,
  openFollowUps,
} from '../../../../../renderer/features/ratings/follow-up';
import { demoDay } from '../../../../fixtures/demo-day';

const calendar = createCalendar();

describe('poor-rating follow-ups (好差评)', () => {
  it('treats 不满意 and 非常不满意 as poor', () => {
    expect([1, 2, 3, 4, 5].map((l) => isPoorRating(l as 1 | 2 | 3 | 4 | 5))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('is due 15 working days later, across the National Day holiday', () => {
    // 2026-09-30 (Wed); 10-01 … 10-07 are holidays, 10-10 (Sat) is a working day.
    const note = followUpNote(' 等候时间过长 ', '2026-09-30', calendar);
    const due = calendar.addWorkingDays('2026-09-30', FOLLOW_UP_WORKDAYS);
    expect(due > '2026-10-20').toBe(true);
    expect(note).toBe(`【差评回访】期限 ${due}：等候时间过长`);
  });

  it('reads the follow-ups back from the case notes, and ignores other notes', () => {
    const state = demoDay({ date: '2026-11-24', count: 1 }).cases[0]!;
    const text = followUpNote('材料被要求重复提交', '2026-11-24', calendar);
    const withNotes = {
      ...state,
      notes: [
        { text: '申请人来电咨询', actor: 'KFQ0101', at: '2026-11-24T10:00:00.000+08:00' },
        { text, actor: 'KFQ0101', at: '2026-11-24T10:05:00.000+08:00' },
      ],
    };
    expect(followUpsOf(withNotes)).toEqual([
      {
        caseId: state.caseId,
        caseNumber: state.caseNumber,
        applicant: state.applicant.name,
        deadline: calendar.addWorkingDays('2026-11-24', 15),
        problem: '材料被要求重复提交',
        officer: 'KFQ0101',
        at: '2026-11-24T10:05:00.000+08:00',
      },
    ]);
  });

  it('records the outcome of a follow-up: the follow-up is done and leaves the open list', () => {
    const state = demoDay({ date: '2026-11-24', count: 1 }).cases[0]!;
    const first = {
      text: followUpNote('等候时间过长', '2026-11-24', calendar),
      actor: 'KFQ0101',
      at: '2026-11-24T10:05:00.000+08:00',
    };
    const second = {
      text: followUpNote('态度不好', '2026-11-25', calendar),
      actor: 'KFQ0101',
      at: '2026-11-25T09:00:00.000+08:00',
    };
    const outcome = followUpOutcomeNote(first, ' 已电话回访，申请人表示理解 ');
    expect(outcome).toBe('【差评回访结果】2026-11-24T10:05:00.000+08:00：已电话回访，申请人表示理解');
    const withNotes = {
      ...state,
      notes: [first, second, { text: outcome, actor: 'KFQ3002', at: '2026-11-26T15:00:00.000+08:00' }],
    };
    const [done, open] = followUpsOf(withNotes);
    expect(done?.outcome).toEqual({
      text: '已电话回访，申请人表示理解',
      officer: 'KFQ3002',
      at: '2026-11-26T15:00:00.000+08:00',
    });
    expect(open?.outcome).toBeUndefined();
    expect(openFollowUps(withNotes).map((f) => f.problem)).toEqual(['态度不好']);
  });
});
