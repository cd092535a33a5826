import { describe, expect, it } from 'vitest';
import { checkEvent } from '../../../../../shared/domain';
import {
  applicantErrors,
  effectiveSituations,
  evaluateDraft,
  intakeEvents,
  partiesOf,
  refusalEvents,
} from '../../../../../renderer/features/intake/intake-plan';
import { calendar, context, draftFor, fold, item, TODAY } from './case-fixture';

const CASE_ID = '019a0000-0000-7000-8000-000000000001';

describe('applicantErrors', () => {
  it('gives the ID check reason and asks for name and phone', () => {
    const draft = draftFor('KFQ-SJ-002', {
      applicant: {
        kind: 'person',
        idType: 'resident-id',
        idNumber: '420302199001011238',
        name: '',
        phone: '123',
        address: '',
      },
    });
    const errors = applicantErrors(draft, TODAY);
    expect(errors['applicant.idNumber']?.zh).toContain('校验码');
    expect(errors['applicant.name']?.zh).toBe('请填写申请人姓名');
    expect(errors['applicant.phone']?.zh).toContain('11位手机号');
    expect(applicantErrors(draftFor('KFQ-SJ-002'), TODAY)).toEqual({});
  });

  it('checks the agent too, who cannot be the applicant', () => {
    const draft = draftFor('KFQ-SJ-002', {
      hasAgent: true,
      agent: { idType: 'resident-id', idNumber: '420302199001011237', name: '张三', phone: '13907191234' },
    });
    expect(applicantErrors(draft, TODAY)['agent.idNumber']?.zh).toBe('代理人不能是申请人本人');
  });

  it('checks an organisation by its unified social credit code', () => {
    const draft = draftFor('KFQ-SJ-002', {
      applicant: {
        kind: 'organisation',
        idType: 'uscc',
        idNumber: '91420300MA4F7K2Q3X',
        name: '某公司',
        phone: '0719-8000000',
        address: '',
      },
    });
    expect(applicantErrors(draft, TODAY)['applicant.idNumber']?.zh).toBeDefined();
    expect(
      partiesOf({ ...draft, applicant: { ...draft.applicant, idNumber: '91420300ma4f7k2q3m' } }, TODAY)
        .applicant.idNumber,
    ).toBe('91420300MA4F7K2Q3M');
  });
});

describe('effectiveSituations', () => {
  it('ticks by-agent exactly when an agent is registered and the item asks for it', () => {
    const food = item('KFQ-SJ-001');
    expect(effectiveSituations(draftFor('KFQ-SJ-001', { situations: ['by-agent'] }), food)).toEqual([]);
    expect(
      effectiveSituations(draftFor('KFQ-SJ-001', { hasAgent: true, situations: ['vending-machine'] }), food),
    ).toEqual(['vending-machine', 'by-agent']);
    expect(effectiveSituations(draftFor('KFQ-JS-004', { hasAgent: true }), item('KFQ-JS-004'))).toEqual([]);
  });

  it('a situation adds its material to what evaluateIntake requires', () => {
    const food = item('KFQ-SJ-001');
    expect(evaluateDraft(draftFor('KFQ-SJ-001'), food, 'normal').required).toHaveLength(3);
    expect(
      evaluateDraft(draftFor('KFQ-SJ-001', { situations: ['vending-machine'] }), food, 'normal').required,
    ).toHaveLength(4);
  });
});

describe('intakeEvents', () => {
  const fire = item('KFQ-JS-004');
  const nine = fire.materials.slice(0, 9).map((m) => m.id);

  it('accepts with tolerance, routes to the back office, and passes the guard', () => {
    const drafts = intakeEvents(context(draftFor('KFQ-JS-004', { received: nine })), calendar)(
      CASE_ID,
      'W01-20261124-0001',
    );
    expect(drafts.map((d) => d.type)).toEqual([
      'registered',
      ...nine.map(() => 'materialReceived'),
      'accepted',
      'routed',
    ]);
    const { state, events } = fold(drafts);
    expect(state.status).toBe('in-review');
    expect(state.tolerated.map((m) => m.materialId)).toEqual(['KFQ-JS-004-M10', 'KFQ-JS-004-M11']);
    expect(state.dates.supplyDeadline).toBe('2026-12-01');
    expect(state.acceptanceDocument).toBe('开审受字〔2026〕第W0111240001号');
    let before: typeof state | undefined;
    for (const e of events) {
      expect(checkEvent(before, e, 'window', { calendar })).toEqual({ ok: true });
      before = fold([drafts[events.indexOf(e)]!], before).state;
    }
  });

  it('gives a dishonest applicant the one-time notice listing every missing material', () => {
    const drafts = intakeEvents(context(draftFor('KFQ-JS-004', { received: nine }), 'dishonest'), calendar)(
      CASE_ID,
      'W01-20261124-0002',
    );
    const last = drafts.at(-1);
    expect(last?.type).toBe('notifiedMissing');
    const { state } = fold(drafts);
    expect(state.status).toBe('notified-missing');
    expect(state.notice?.missing.map((m) => m.materialId)).toEqual(['KFQ-JS-004-M10', 'KFQ-JS-004-M11']);
  });

  it('records only the required materials handed in, and refuses with the reason', () => {
    const all = item('KFQ-SJ-002').materials.map((m) => m.id);
    const drafts = intakeEvents(context(draftFor('KFQ-SJ-002', { received: all })), calendar)(
      CASE_ID,
      'W01-20261124-0003',
    );
    expect(drafts.filter((d) => d.type === 'materialReceived')).toHaveLength(3);
    expect(fold(drafts).state.status).toBe('accepted');
    const refused = refusalEvents(
      context(draftFor('KFQ-SJ-002')),
      { kind: 'not-licensing' },
      '无需许可',
    )(CASE_ID, 'W01-20261124-0004');
    expect(fold(refused).state.refusal?.documentNumber).toBe('开审不受字〔2026〕第W0111240004号');
  });
});
