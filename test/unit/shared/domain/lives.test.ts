import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  foldEvents,
  outstandingTolerated,
  planAcceptance,
  planResumption,
  type CaseEvent,
} from '../../../../shared/domain';
import type { Role } from '../../../../shared/hall/roles';
import { calendar, CaseScript, play, receiveAll, refusal, registeredPayload } from './fixtures';

type Step = readonly [CaseEvent, Role];

describe('whole lives of cases through the reducer', () => {
  it('an instant window item: registered → accepted → approved → certified → delivered → evaluated', () => {
    const s = new CaseScript();
    const code = 'KFQ-SJ-001';
    const steps: Step[] = [
      [s.event('registered', registeredPayload(code, { queryCode: 'K7P2Q9' })), 'window'],
      ...receiveAll(s, code, []),
      [
        s.event('accepted', { acceptedOn: '2026-03-02', promisedDate: '2026-03-02', tolerated: [] }),
        'window',
      ],
      [s.event('approved', { decisionNumber: '开审食许〔2026〕1号', decidedOn: '2026-03-02' }), 'window'],
      [
        s.event('certificateIssued', {
          certificateNumber: 'JY14203020000001',
          issuedOn: '2026-03-02',
          validUntil: '2031-03-01',
        }),
        'window',
      ],
      [
        s.event('delivered', { method: 'pickup', receiver: '张三', at: '2026-03-02T10:12:00+08:00' }),
        'window',
      ],
      [s.event('evaluated', { level: 1 }, { at: '2026-03-02T10:13:00+08:00' }), 'window'],
    ];
    const state = play(steps);
    expect(state.status).toBe('delivered');
    expect(state.caseNumber).toBe('W03-20260302-0001');
    expect(state.queryCode).toBe('K7P2Q9');
    expect(state.dates).toMatchObject({
      registeredOn: '2026-03-02',
      acceptedOn: '2026-03-02',
      promisedDate: '2026-03-02',
    });
    expect(Object.keys(state.materials)).toEqual(['KFQ-SJ-001-M01', 'KFQ-SJ-001-M02', 'KFQ-SJ-001-M03']);
    expect(state.decision).toMatchObject({ outcome: 'approved', decisionNumber: '开审食许〔2026〕1号' });
    expect(state.certificate?.validUntil).toBe('2031-03-01');
    expect(state.evaluations).toEqual([{ level: 1, at: '2026-03-02T10:13:00+08:00' }]);
    expect(state.eventCount).toBe(steps.length);
    expect(state.ignored).toEqual([]);
    expect(state.lastEventAt).toBe('2026-03-02T10:13:00+08:00');
  });

  it('a joint-meeting item climbs review → chief → leader → meeting, then the secretary decides', () => {
    const s = new CaseScript();
    const code = 'KFQ-JS-012';
    const plan = planAcceptance({ promisedWorkdays: 5 }, '2026-03-02', { tolerated: [] }, calendar);
    let state = play([
      [s.event('registered', registeredPayload(code)), 'window'],
      ...receiveAll(s, code, []),
      [s.event('accepted', { acceptedOn: '2026-03-02', ...plan, tolerated: [] }), 'window'],
      [s.event('routed', { to: 'review' }), 'window'],
    ]);
    expect(state).toMatchObject({ status: 'in-review', approval: { currentStep: 'review' } });
    state = play(
      [
        [
          s.event('reviewed', { step: 'review', decision: 'approve', opinion: '材料齐全，符合要求' }),
          'reviewer',
        ],
        [s.event('reviewed', { step: 'chief', decision: 'approve', opinion: '同意' }), 'chief'],
        [
          s.event('reviewed', { step: 'leader', decision: 'approve', opinion: '同意，提交联席会议' }),
          'leader',
        ],
      ],
      state,
    );
    expect(state.approval.currentStep).toBe('meeting');
    const early = s.event('approved', { decisionNumber: '开审许〔2026〕9号', decidedOn: '2026-03-05' });
    expect(refusal(state, early, 'secretary').codes).toContain('meeting');
    state = play(
      [
        [
          s.event('reviewed', {
            step: 'meeting',
            decision: 'approve',
            opinion: '会议审议同意',
            meeting: { date: '2026-03-05', attendees: ['住建局', '应急局', '行政审批局'] },
          }),
          'secretary',
        ],
        [s.event('approved', { decisionNumber: '开审许〔2026〕9号', decidedOn: '2026-03-05' }), 'secretary'],
        [
          s.event('certificateIssued', { certificateNumber: 'ZS-2026-009', issuedOn: '2026-03-06' }),
          'window',
        ],
        [
          s.event('delivered', {
            method: 'mail',
            trackingNumber: 'SF1234567890',
            receiver: '李四',
            at: '2026-03-06T15:00:00+08:00',
          }),
          'window',
        ],
      ],
      state,
    );
    expect(state.status).toBe('delivered');
    expect(state.approval.reviews.map((r) => r.step)).toEqual(['review', 'chief', 'leader', 'meeting']);
    expect(state.decision).toMatchObject({ outcome: 'approved', actor: 'officer-1' });
  });

  it('a tolerance case goes to review at once and is approved only after the materials are supplied', () => {
    const s = new CaseScript();
    const code = 'KFQ-JS-004';
    const tolerated = ['M08', 'M09', 'M10', 'M11'].map((m) => `KFQ-JS-004-${m}`);
    const plan = planAcceptance({ promisedWorkdays: 12 }, '2026-03-02', { tolerated }, calendar);
    expect(plan).toEqual({ promisedDate: '2026-03-18', supplyDeadline: '2026-03-09' });
    let state = play([
      [s.event('registered', registeredPayload(code, { credit: 'good' })), 'window'],
      ...receiveAll(s, code, [], tolerated),
      [
        s.event('accepted', {
          acceptedOn: '2026-03-02',
          ...plan,
          tolerated: tolerated.map((id) => ({ materialId: id, name: nameOf(id) })),
        }),
        'window',
      ],
      [s.event('routed', { to: 'review' }), 'window'],
      [s.event('supplemented', { materialIds: tolerated.slice(0, 2), on: '2026-03-04' }), 'window'],
      [s.event('reviewed', { step: 'review', decision: 'approve', opinion: '同意' }), 'reviewer'],
      [s.event('reviewed', { step: 'chief', decision: 'approve', opinion: '同意' }), 'chief'],
    ]);
    expect(outstandingTolerated(state).map((m) => m.materialId)).toEqual(tolerated.slice(2));
    const early = s.event('approved', { decisionNumber: 'D1', decidedOn: '2026-03-06' });
    const refused = refusal(state, early, 'leader');
    expect(refused.codes).toEqual(['tolerance-outstanding']);
    expect(refused.reasons[0]).toContain('自动消防设施安装调试记录');
    state = play(
      [
        [s.event('supplemented', { materialIds: tolerated.slice(2), on: '2026-03-09' }), 'window'],
        [s.event('approved', { decisionNumber: 'D1', decidedOn: '2026-03-10' }), 'leader'],
      ],
      state,
    );
    expect(state.status).toBe('approved');
    expect(state.tolerated.map((m) => m.suppliedOn)).toEqual([
      '2026-03-04',
      '2026-03-04',
      '2026-03-09',
      '2026-03-09',
    ]);
    expect(Object.keys(state.materials)).toEqual(expect.arrayContaining(tolerated));
  });

  /** KFQ-JS-002 (class B, section tier) accepted on 2026-03-02 with its non-essential M04 tolerated. */
  function toleranceCase() {
    const s = new CaseScript();
    const code = 'KFQ-JS-002';
    const plan = planAcceptance({ promisedWorkdays: 3 }, '2026-03-02', { tolerated: ['x'] }, calendar);
    const steps: Step[] = [
      [s.event('registered', registeredPayload(code)), 'window'],
      ...receiveAll(s, code, [], ['KFQ-JS-002-M04']),
      [
        s.event('accepted', {
          acceptedOn: '2026-03-02',
          ...plan,
          tolerated: [{ materialId: 'KFQ-JS-002-M04', name: nameOf('KFQ-JS-002-M04') }],
        }),
        'window',
      ],
    ];
    return { s, plan, steps };
  }

  it('a tolerance case is terminated once the supply deadline has passed, not before', () => {
    const { s, plan, steps } = toleranceCase();
    expect(plan.supplyDeadline).toBe(plan.promisedDate); // capped by the 3-day promise
    const state = play(steps);
    const deadline = plan.supplyDeadline ?? '';
    const onDeadline = s.event('terminated', { reason: 'tolerance-deadline-missed', on: deadline });
    expect(refusal(state, onDeadline, 'supervisor').codes).toEqual(['deadline-not-passed']);
    const after = calendar.addWorkingDays(deadline, 1);
    const terminated = play(
      [[s.event('terminated', { reason: 'tolerance-deadline-missed', on: after }), 'supervisor']],
      state,
    );
    expect(terminated.status).toBe('terminated');
    expect(terminated.termination).toEqual({ reason: 'tolerance-deadline-missed', on: after });
    const late = s.event('supplemented', { materialIds: ['KFQ-JS-002-M04'], on: after });
    expect(refusal(terminated, late, 'window').codes).toEqual(['status']);
  });

  it('a grace pause past the supply deadline ends when the window records the missing material', () => {
    const { s, plan, steps } = toleranceCase();
    const deadline = plan.supplyDeadline ?? '';
    const from = calendar.addWorkingDays(deadline, 1);
    const graceUntil = calendar.addWorkingDays(from, 5);
    const paused = play([
      ...steps,
      [s.event('routed', { to: 'review' }), 'window'],
      [
        s.event('paused', { kind: 'correction', reason: '容缺材料逾期未补齐', from, graceUntil }),
        'supervisor',
      ],
    ]);
    const on = calendar.addWorkingDays(from, 2);
    const promisedDate = planResumption(
      { promisedDate: paused.dates.promisedDate ?? '', pausedFrom: from, resumedOn: on },
      calendar,
    );
    // The window records the material and gives the clock back, though the reviewer holds the step.
    const resumed = play(
      [
        [s.event('materialReceived', { materialId: 'KFQ-JS-002-M04', blobs: [] }), 'window'],
        [s.event('supplemented', { materialIds: ['KFQ-JS-002-M04'], on }), 'window'],
        [s.event('resumed', { on, promisedDate, reason: '容缺材料已补齐，恢复计时' }), 'window'],
      ],
      paused,
    );
    expect(resumed.status).toBe('in-review');
    expect(resumed.dates.pauses.at(-1)).toMatchObject({ from, to: on, graceUntil });
    expect(resumed.dates.promisedDate).toBe(promisedDate);
    // An ordinary 补正 pause stays the step holder's to end.
    const hold = play(
      [[s.event('paused', { kind: 'correction', reason: '补正申请表', from: on }), 'reviewer']],
      resumed,
    );
    const byWindow = s.draft('resumed', { on, promisedDate }, {});
    expect(refusal(hold, byWindow, 'window').codes).toContain('role');
  });

  it('a hearing pauses the clock and the resumed event carries the extended promise', () => {
    const s = new CaseScript();
    const code = 'KFQ-JS-008'; // class A, section tier, 3 working days
    const plan = planAcceptance({ promisedWorkdays: 3 }, '2026-03-02', { tolerated: [] }, calendar);
    let state = play([
      [s.event('registered', registeredPayload(code)), 'window'],
      ...receiveAll(s, code, []),
      [s.event('accepted', { acceptedOn: '2026-03-02', ...plan, tolerated: [] }), 'window'],
      [s.event('routed', { to: 'review' }), 'window'],
      [s.event('paused', { kind: 'hearing', reason: '利害关系人申请听证', from: '2026-03-03' }), 'reviewer'],
    ]);
    expect(state.status).toBe('paused');
    const extended = planResumption(
      { promisedDate: plan.promisedDate, pausedFrom: '2026-03-03', resumedOn: '2026-03-10' },
      calendar,
    );
    // Promised 03-05; the working days in (03-03, 03-10] are 03-04 05 06 09 10: five more → 03-12.
    expect(extended).toBe('2026-03-12');
    const wrong = s.event('resumed', { on: '2026-03-10', promisedDate: plan.promisedDate });
    expect(refusal(state, wrong, 'reviewer').codes).toEqual(['calendar']);
    state = play([[s.event('resumed', { on: '2026-03-10', promisedDate: extended }), 'reviewer']], state);
    expect(state.status).toBe('in-review');
    expect(state.dates.promisedDate).toBe(extended);
    expect(state.dates.pauses).toEqual([
      { kind: 'hearing', reason: '利害关系人申请听证', from: '2026-03-03', to: '2026-03-10' },
    ]);
  });

  it('a one-time notice, then the applicant returns with everything and is accepted', () => {
    const s = new CaseScript();
    const code = 'KFQ-SJ-002';
    const [first, ...rest] = receiveAll(s, code, []);
    let state = play([[s.event('registered', registeredPayload(code)), 'window'], ...(first ? [first] : [])]);
    const missing = ['KFQ-SJ-002-M02', 'KFQ-SJ-002-M03'].map((id) => ({ materialId: id, name: nameOf(id) }));
    const partial = s.event('notifiedMissing', { missing: missing.slice(0, 1), notifiedOn: '2026-03-02' });
    expect(refusal(state, partial, 'window').codes).toEqual(['notice-mismatch']);
    state = play([[s.event('notifiedMissing', { missing, notifiedOn: '2026-03-02' }), 'window']], state);
    expect(state.status).toBe('notified-missing');
    const before = s.event('accepted', {
      acceptedOn: '2026-03-02',
      promisedDate: '2026-03-02',
      tolerated: [],
    });
    expect(refusal(state, before, 'window').codes).toEqual(['intake-incomplete']);
    state = play(
      [
        ...rest,
        [
          s.event('accepted', { acceptedOn: '2026-03-04', promisedDate: '2026-03-04', tolerated: [] }),
          'window',
        ],
      ],
      state,
    );
    expect(state.status).toBe('accepted');
    expect(state.notice?.missing).toEqual(missing);
  });

  it('review can return a case down the route and to the window, and the top step can escalate', () => {
    const s = new CaseScript();
    const code = 'KFQ-JS-010'; // class B, section tier: review → chief
    const plan = planAcceptance({ promisedWorkdays: 7 }, '2026-03-02', { tolerated: [] }, calendar);
    let state = play([
      [s.event('registered', registeredPayload(code)), 'window'],
      ...receiveAll(s, code, []),
      [s.event('accepted', { acceptedOn: '2026-03-02', ...plan, tolerated: [] }), 'window'],
      [s.event('routed', { to: 'review' }), 'window'],
      [
        s.event('reviewed', { step: 'review', decision: 'return', opinion: '请窗口核实申请人身份' }),
        'reviewer',
      ],
    ]);
    expect(state.status).toBe('accepted');
    expect(state.approval.currentStep).toBeUndefined();
    state = play(
      [
        [s.event('routed', { to: 'review' }), 'window'],
        [s.event('reviewed', { step: 'review', decision: 'approve', opinion: '同意' }), 'reviewer'],
        [
          s.event('reviewed', { step: 'chief', decision: 'escalate', opinion: '涉及公共安全，报分管领导' }),
          'chief',
        ],
      ],
      state,
    );
    expect(state.approval).toMatchObject({ route: ['review', 'chief', 'leader'], currentStep: 'leader' });
    state = play(
      [[s.event('reviewed', { step: 'leader', decision: 'return', opinion: '补充意见' }), 'leader']],
      state,
    );
    expect(state.approval.currentStep).toBe('chief');
    const chiefDecides = s.event('denied', {
      decisionNumber: 'N1',
      decidedOn: '2026-03-05',
      reasons: '不符合规划',
    });
    expect(refusal(state, chiefDecides, 'chief').codes).toEqual(['role', 'step']);
  });

  it('records every print and reprint of its papers, by whoever handles it, without changing the status', () => {
    const s = new CaseScript();
    const code = 'KFQ-JS-002';
    const plan = planAcceptance({ promisedWorkdays: 3 }, '2026-03-02', { tolerated: [] }, calendar);
    const accepted = play([
      [s.event('registered', registeredPayload(code)), 'window'],
      ...receiveAll(s, code, []),
      [
        s.event('accepted', {
          acceptedOn: '2026-03-02',
          ...plan,
          tolerated: [],
          documentNumber: '开审受字〔2026〕第0123号',
        }),
        'window',
      ],
    ]);
    const at = '2026-03-02T09:41:00+08:00';
    const printed = play(
      [
        [
          s.event(
            'documentPrinted',
            { kind: 'receipt', documentNumber: '开审受字〔2026〕第0123号', copies: 2, reprint: false },
            { actor: 'KFQ0101', at },
          ),
          'window',
        ],
        [s.event('routed', { to: 'review' }), 'window'],
        [
          s.event(
            'documentPrinted',
            { kind: 'receipt', copies: 1, reprint: true },
            { actor: 'KFQ0201', at: '2026-03-03T14:05:00+08:00' },
          ),
          'reviewer',
        ],
      ],
      accepted,
    );
    expect(printed.status).toBe('in-review');
    expect(printed.prints).toEqual([
      {
        kind: 'receipt',
        documentNumber: '开审受字〔2026〕第0123号',
        copies: 2,
        reprint: false,
        actor: 'KFQ0101',
        at,
      },
      { kind: 'receipt', copies: 1, reprint: true, actor: 'KFQ0201', at: '2026-03-03T14:05:00+08:00' },
    ]);
    expect(printed.eventCount).toBe(accepted.eventCount + 3);
    expect(printed.lastEventAt).toBe('2026-03-03T14:05:00+08:00');
    // Papers of a finished case can still be reprinted (a lost receipt, an archive copy).
    const s2 = new CaseScript();
    const refused = play([
      [s2.event('registered', registeredPayload('KFQ-SJ-001')), 'window'],
      [s2.event('refused', { reason: { kind: 'not-licensing' }, text: '不属于行政许可事项' }), 'window'],
      [s2.event('documentPrinted', { kind: 'refusal', copies: 1, reprint: false }), 'window'],
    ]);
    expect(refused.status).toBe('refused');
    expect(refused.prints).toHaveLength(1);
  });

  it('never changes state for an event that does not apply, but records it', () => {
    const s = new CaseScript();
    const registered = s.event('registered', registeredPayload('KFQ-SJ-001'));
    const state = foldEvents([registered]);
    if (!state) throw new Error('no case');
    const stray = s.event('approved', { decisionNumber: 'X', decidedOn: '2026-03-02' });
    const after = applyEvent(state, stray);
    expect(after).toEqual({
      ...state,
      ignored: [{ eventId: stray.id, type: 'approved', reasons: expect.any(Array) }],
    });
    expect(applyEvent(undefined, stray)).toBeUndefined();
    expect(foldEvents([])).toBeUndefined();
  });
});

function nameOf(id: string): string {
  const code = id.slice(0, id.lastIndexOf('-'));
  return registeredPayload(code).item.materials.find((m) => m.id === id)?.name ?? id;
}
