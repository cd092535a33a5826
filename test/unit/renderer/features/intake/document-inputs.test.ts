import { describe, expect, it } from 'vitest';
import { demoHall } from '../../../../../shared/demo/hall';
import { buildDocument } from '../../../../../shared/documents/kinds';
import type { EventDraft } from '../../../../../renderer/db/case-repository';
import { documentsFor } from '../../../../../renderer/features/case/case-documents';
import { documentInput, type DocumentContext } from '../../../../../renderer/features/intake/document-inputs';
import { intakeEvents, refusalEvents } from '../../../../../renderer/features/intake/intake-plan';
import { calendar, context, draftFor, fold, item } from './case-fixture';

const CASE_ID = '019a0000-0000-7000-8000-000000000002';
const ctx: DocumentContext = {
  hall: demoHall,
  officer: { id: 'KFQ0101', name: '王晓燕' },
  windowCode: 'W01',
  itemResult: '营业执照',
  now: '2026-11-24T09:40:00.000+08:00',
};

function everyDocumentBuilds(drafts: EventDraft[], expected: string[]) {
  const { state } = fold(drafts);
  expect(documentsFor(state)).toEqual(expected);
  for (const kind of documentsFor(state)) {
    const result = documentInput(kind, state, ctx);
    expect(result, kind).toMatchObject({ ok: true });
    if (result.ok) expect(buildDocument(kind, result.input).ok, kind).toBe(true);
  }
  return state;
}

describe('documentInput', () => {
  it('an instant item: receipt, decision, certificate and the 送达回证 after pickup', () => {
    const all = item('KFQ-SJ-002')
      .materials.slice(0, 3)
      .map((m) => m.id);
    const intake = intakeEvents(context(draftFor('KFQ-SJ-002', { received: all })), calendar)(
      CASE_ID,
      'W01-20261124-0001',
    );
    const after: EventDraft[] = [
      {
        caseId: CASE_ID,
        type: 'approved',
        payload: { decisionNumber: '开审许字〔2026〕第W0111240001号', decidedOn: '2026-11-24' },
      },
      {
        caseId: CASE_ID,
        type: 'certificateIssued',
        payload: { certificateNumber: 'KFQ-SJ-002-W01202611240001', issuedOn: '2026-11-24' },
      },
      {
        caseId: CASE_ID,
        type: 'delivered',
        payload: { method: 'pickup', receiver: '张三', at: '2026-11-24T09:45:00.000+08:00' },
      },
    ];
    const state = everyDocumentBuilds(
      [...intake, ...after],
      ['receipt', 'decision', 'certificate', 'delivery-receipt'],
    );
    const receipt = documentInput('receipt', state, ctx);
    expect(receipt.ok && receipt.input).toMatchObject({
      number: '开审受字〔2026〕第W0111240001号',
      caseNumber: 'W01-20261124-0001',
      officer: { name: '王晓燕', window: '综合受理1号窗口' },
    });
  });

  it('tolerance: the notice and the commitment name both tolerated materials and their deadline', () => {
    const nine = item('KFQ-JS-004')
      .materials.slice(0, 9)
      .map((m) => m.id);
    const drafts = intakeEvents(context(draftFor('KFQ-JS-004', { received: nine })), calendar)(
      CASE_ID,
      'W01-20261124-0002',
    );
    const state = everyDocumentBuilds(drafts, ['receipt', 'tolerance-notice', 'tolerance-commitment']);
    const notice = documentInput('tolerance-notice', state, ctx);
    const receipt = documentInput('receipt', state, ctx);
    // The notice has its own 文号 (开审容字), not the receipt's (开审受字).
    expect(receipt.ok && receipt.input).toMatchObject({ number: '开审受字〔2026〕第W0111240002号' });
    expect(notice.ok && notice.input).toMatchObject({
      number: '开审容字〔2026〕第W0111240002号',
      tolerated: [
        { name: '自动消防设施安装调试记录、隐蔽工程验收记录、系统调试报告', dueDate: '2026-12-01' },
        { name: '工程竣工图纸', dueDate: '2026-12-01' },
      ],
    });
  });

  it('the one-time notice lists every missing material with its standard; a refusal names the remedies', () => {
    const nine = item('KFQ-JS-004')
      .materials.slice(0, 9)
      .map((m) => m.id);
    const notice = intakeEvents(context(draftFor('KFQ-JS-004', { received: nine }), 'dishonest'), calendar)(
      CASE_ID,
      'W01-20261124-0003',
    );
    const state = everyDocumentBuilds(notice, ['missing-notice']);
    const input = documentInput('missing-notice', state, ctx);
    expect(input.ok && input.input).toMatchObject({
      missing: [{ requirement: '复印件1份；非要件，可容缺' }, { requirement: '原件1份；非要件，可容缺' }],
    });
    const refusal = refusalEvents(
      context(draftFor('KFQ-SJ-002')),
      { kind: 'other-authority', authority: '十堰市自然资源和规划局' },
      '请向十堰市自然资源和规划局申请。',
    )(CASE_ID, 'W01-20261124-0004');
    everyDocumentBuilds(refusal, ['refusal']);
  });

  it('a mailed result: the 送达回证 gives the address and phone it went to, not a placeholder', () => {
    const all = item('KFQ-SJ-002')
      .materials.slice(0, 3)
      .map((m) => m.id);
    const intake = intakeEvents(context(draftFor('KFQ-SJ-002', { received: all })), calendar)(
      CASE_ID,
      'W01-20261124-0006',
    );
    const mailed = (payload: Record<string, string>): EventDraft[] => [
      ...intake,
      {
        caseId: CASE_ID,
        type: 'approved',
        payload: { decisionNumber: '开审许字〔2026〕第W0111240006号', decidedOn: '2026-11-24' },
      },
      {
        caseId: CASE_ID,
        type: 'delivered',
        payload: {
          method: 'mail',
          receiver: '张三',
          trackingNumber: 'SF1234567890',
          at: '2026-11-25T10:00:00.000+08:00',
          ...payload,
        },
      },
    ];
    const state = everyDocumentBuilds(mailed({ address: '十堰市张湾区车城路1号', phone: '13800000000' }), [
      'receipt',
      'decision',
      'delivery-receipt',
    ]);
    const input = documentInput('delivery-receipt', state, ctx);
    expect(input.ok && input.input).toMatchObject({
      method: 'mail',
      place: '十堰市张湾区车城路1号',
      recipientPhone: '13800000000',
    });
    // Mail recorded before the address was asked: the place is left blank to be written in.
    const old = documentInput('delivery-receipt', fold(mailed({})).state, ctx);
    expect(old.ok && JSON.stringify(old.input)).not.toContain('申请人登记的邮寄地址');
  });

  it('a reviewer’s 补正 gives the case a 补正材料通知书 of its own number, with what is asked', () => {
    const all = item('KFQ-JS-004').materials.map((m) => m.id);
    const intake = intakeEvents(context(draftFor('KFQ-JS-004', { received: all })), calendar)(
      CASE_ID,
      'W01-20261124-0007',
    );
    const pause: EventDraft = {
      caseId: CASE_ID,
      type: 'paused',
      payload: { kind: 'correction', reason: '请补正消防设计文件的签章页', from: '2026-11-25' },
    };
    const state = everyDocumentBuilds([...intake, pause], ['receipt', 'correction-notice']);
    const input = documentInput('correction-notice', state, ctx);
    expect(input.ok && input.input).toMatchObject({
      number: '开审补字〔2026〕第W0111240007-1号',
      asked: '请补正消防设计文件的签章页',
      pausedOn: '2026-11-25',
      where: '十堰经济技术开发区政务服务中心综合受理1号窗口',
    });
  });

  it('says why in Chinese when a case cannot make the document', () => {
    const refusal = refusalEvents(
      context(draftFor('KFQ-SJ-002')),
      { kind: 'not-licensing' },
      '无需许可',
    )(CASE_ID, 'W01-20261124-0005');
    const { state } = fold(refusal);
    const receipt = documentInput('receipt', state, ctx);
    expect(receipt.ok).toBe(false);
  });
});
