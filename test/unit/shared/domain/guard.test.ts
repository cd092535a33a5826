import { describe, expect, it } from 'vitest';
import {
  caseEventSchema,
  checkEvent,
  GUARD_CODES,
  ROLE_FOR_EVENT,
  EVENT_TYPES,
  type CaseEvent,
} from '../../../../shared/domain';
import { ROLES } from '../../../../shared/hall/roles';
import { calendar, CaseScript, play, receiveAll, refusal, registeredPayload } from './fixtures';

function registeredCase(
  code: string,
  situations: string[] = [],
  credit: 'good' | 'normal' | 'dishonest' = 'normal',
) {
  const s = new CaseScript();
  const state = play([
    [s.event('registered', registeredPayload(code, { situations, credit })), 'window'],
    ...receiveAll(s, code, situations),
  ]);
  return { s, state };
}

describe('checkEvent refuses', () => {
  it('a role that may not record the event, naming who may', () => {
    const { s, state } = registeredCase('KFQ-SJ-001');
    const event = s.event('accepted', {
      acceptedOn: '2026-03-02',
      promisedDate: '2026-03-02',
      tolerated: [],
    });
    const verdict = refusal(state, event, 'chief');
    expect(verdict.codes).toEqual(['role']);
    expect(verdict.reasons[0]).toBe('「科长」无权记录「受理」（应为：窗口受理、代办员）');
    expect(checkEvent(state, event, 'window', { calendar })).toEqual({ ok: true });
    expect(checkEvent(state, event, 'agent', { calendar })).toEqual({ ok: true });
  });

  it('an event not allowed in the current status', () => {
    const { s, state } = registeredCase('KFQ-SJ-001');
    const event = s.event('certificateIssued', { certificateNumber: 'C1', issuedOn: '2026-03-02' });
    const verdict = refusal(state, event, 'window');
    expect(verdict.codes).toEqual(['status']);
    expect(verdict.reasons[0]).toBe('当前状态「已收件」下不能记录「制发证照」');
  });

  it('tolerance on a class A item, listing every rule broken', () => {
    const s2 = new CaseScript();
    const state = play([
      [
        s2.event('registered', registeredPayload('KFQ-SJ-001', { situations: ['vending-machine'] })),
        'window',
      ],
      ...receiveAll(s2, 'KFQ-SJ-001', ['vending-machine'], ['KFQ-SJ-001-M04']),
    ]);
    const m04 = state.item.materials.find((m) => m.id === 'KFQ-SJ-001-M04');
    const event = s2.event('accepted', {
      acceptedOn: '2026-03-02',
      promisedDate: '2026-03-02',
      tolerated: [{ materialId: 'KFQ-SJ-001-M04', name: m04?.name ?? '' }],
      supplyDeadline: '2026-03-02',
    });
    const verdict = refusal(state, event, 'window');
    expect(verdict.reasons).toContain('A类事项不允许容缺');
    expect(verdict.codes).toEqual(['tolerance-not-allowed', 'tolerance-not-allowed', 'intake-incomplete']);
  });

  it('tolerance for a dishonest applicant on a class B item', () => {
    const code = 'KFQ-JS-002';
    const s = new CaseScript();
    const state = play([
      [s.event('registered', registeredPayload(code, { credit: 'dishonest' })), 'window'],
      ...receiveAll(s, code, [], ['KFQ-JS-002-M04']),
    ]);
    const name = state.item.materials.find((m) => m.id === 'KFQ-JS-002-M04')?.name ?? '';
    const event = s.event('accepted', {
      acceptedOn: '2026-03-02',
      promisedDate: '2026-03-05',
      tolerated: [{ materialId: 'KFQ-JS-002-M04', name }],
      supplyDeadline: '2026-03-05',
    });
    expect(refusal(state, event, 'window').reasons).toContain('申请人列入失信名单，不适用容缺受理');
  });

  it('an acceptance whose tolerance list or promised date does not match', () => {
    const code = 'KFQ-JS-002';
    const s = new CaseScript();
    const state = play([
      [s.event('registered', registeredPayload(code)), 'window'],
      ...receiveAll(s, code, [], ['KFQ-JS-002-M04']),
    ]);
    const silent = s.event('accepted', {
      acceptedOn: '2026-03-02',
      promisedDate: '2026-03-06',
      tolerated: [],
    });
    const verdict = refusal(state, silent, 'window');
    expect(verdict.codes).toEqual(['intake-incomplete', 'calendar']);
    expect(verdict.reasons[1]).toBe(
      '承诺办结日期应为 2026-03-05（受理日起 3 个工作日），事件中为 2026-03-06',
    );
  });

  it('an event of another case, and events before registration or a second registration', () => {
    const { s, state } = registeredCase('KFQ-SJ-001');
    const foreign = s.event('note', { text: '备注' }, { caseId: '01900000-0000-7000-8000-000000000000' });
    expect(refusal(state, foreign, 'window').codes).toEqual(['case-mismatch']);
    expect(refusal(undefined, s.event('note', { text: '备注' }), 'window').codes).toEqual(['not-registered']);
    const again = s.event('registered', registeredPayload('KFQ-SJ-001'));
    expect(refusal(state, again, 'window').codes).toEqual(['already-registered']);
  });

  it('a tampered event whose hash no longer matches', () => {
    const { s, state } = registeredCase('KFQ-SJ-001');
    const event = s.event('note', { text: '原文' });
    const tampered = { ...event, payload: { text: '改过' } } as CaseEvent;
    expect(refusal(state, tampered, 'window').codes).toEqual(['hash-mismatch']);
  });

  it('a review recorded at another step, and a decision before the top step', () => {
    const s = new CaseScript();
    const code = 'KFQ-JS-001'; // leader tier
    const state = play([
      [s.event('registered', registeredPayload(code)), 'window'],
      ...receiveAll(s, code, []),
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
    const skip = s.event('reviewed', { step: 'chief', decision: 'approve', opinion: '同意' });
    expect(refusal(state, skip, 'chief').codes).toEqual(['step']);
    const early = s.event('approved', { decisionNumber: 'D', decidedOn: '2026-03-03' });
    expect(refusal(state, early, 'leader').codes).toEqual(['step']);
    const escalate = s.event('reviewed', { step: 'review', decision: 'escalate', opinion: '提级' });
    expect(refusal(state, escalate, 'reviewer').codes).toEqual(['route']);
  });

  it('registrations whose parts disagree', () => {
    const s = new CaseScript();
    const bad = s.event(
      'registered',
      registeredPayload('KFQ-SJ-001', {
        caseNumber: 'W04-20260302-0001',
        situations: ['by-agent'],
        applicant: {
          kind: 'person',
          name: '王五',
          idType: 'uscc',
          idNumber: '91420300MA49XXXX0X',
          phone: '13800000000',
        },
      }),
    );
    const verdict = refusal(undefined, bad, 'window');
    expect(verdict.codes).toEqual(['registration', 'registration', 'registration']);
    expect(verdict.reasons[1]).toContain('未登记代理人');
  });

  it('routing a window item, which the window decides itself', () => {
    const { s, state } = registeredCase('KFQ-SJ-001');
    const accepted = s.event('accepted', {
      acceptedOn: '2026-03-02',
      promisedDate: '2026-03-02',
      tolerated: [],
    });
    const after = play([[accepted, 'window']], state);
    const verdict = refusal(after, s.event('routed', { to: 'review' }), 'window');
    expect(verdict.reasons).toEqual(['窗口办结事项无需转办']);
  });
});

describe('documentPrinted', () => {
  it('is allowed in any status to whoever handles cases, and refused to supervision and IT', () => {
    const { s, state } = registeredCase('KFQ-SJ-001');
    const print = s.event('documentPrinted', { kind: 'receipt', copies: 1, reprint: false });
    for (const role of ['window', 'agent', 'reviewer', 'chief', 'leader', 'secretary'] as const)
      expect(checkEvent(state, print, role, { calendar })).toEqual({ ok: true });
    const verdict = refusal(state, print, 'supervisor');
    expect(verdict.codes).toEqual(['role']);
    expect(verdict.reasons[0]).toBe(
      '「电子监察」无权记录「打印文书」（应为：窗口受理、代办员、审查、科长、分管领导、联席会议秘书）',
    );
    expect(refusal(state, print, 'admin').codes).toEqual(['role']);
  });

  it('refuses a print of no case, and a payload that is not a case paper', () => {
    const { s } = registeredCase('KFQ-SJ-001');
    const print = s.event('documentPrinted', { kind: 'refusal', copies: 1, reprint: true });
    expect(refusal(undefined, print, 'window').codes).toEqual(['not-registered']);
    const dailyLog = { ...print, payload: { kind: 'daily-log', copies: 1, reprint: false } };
    expect(caseEventSchema.safeParse(dailyLog).success).toBe(false);
    const noCopies = { ...print, payload: { kind: 'receipt', copies: 0, reprint: false } };
    expect(caseEventSchema.safeParse(noCopies).success).toBe(false);
  });
});

describe('ROLE_FOR_EVENT', () => {
  it('covers every event type with known roles, and lets anyone write a note', () => {
    expect(Object.keys(ROLE_FOR_EVENT).sort()).toEqual([...EVENT_TYPES].sort());
    for (const roles of Object.values(ROLE_FOR_EVENT)) for (const r of roles) expect(ROLES).toContain(r);
    expect(ROLE_FOR_EVENT.note).toEqual(ROLES);
    expect(ROLE_FOR_EVENT.accepted).not.toContain('supervisor');
    expect(ROLE_FOR_EVENT.approved).not.toContain('agent');
    expect(new Set(GUARD_CODES).size).toBe(GUARD_CODES.length);
  });
});
