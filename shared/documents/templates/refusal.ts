import { z } from 'zod';
import { chineseDate } from '../format';
import type { Block, DocumentModel } from '../model';
import {
  agentSchema,
  applicantSchema,
  caseRefSchema,
  documentNumberSchema,
  hallInfoSchema,
  isoDateSchema,
  isoDateTimeSchema,
  itemInfoSchema,
  officerInfoSchema,
  remediesSchema,
  text,
} from '../schemas';
import {
  closing,
  contactLine,
  heading,
  paragraph,
  pdfDate,
  PORTRAIT,
  remediesParagraph,
  salutation,
  you,
  applicantSignature,
} from './common';

/** Why an application is not accepted (same kinds as shared/domain's refusalReasonSchema). */
export const refusalReasonSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('not-licensing') }),
  z.strictObject({ kind: z.literal('other-authority'), authority: text(60) }),
  z.strictObject({ kind: z.literal('false-materials') }),
  z.strictObject({ kind: z.literal('other') }),
]);

/** 不予受理通知书. */
export const refusalInputSchema = z
  .strictObject({
    hall: hallInfoSchema,
    number: documentNumberSchema,
    caseNumber: caseRefSchema.caseNumber.optional(),
    item: itemInfoSchema,
    applicant: applicantSchema,
    agent: agentSchema.optional(),
    receivedAt: isoDateTimeSchema,
    reason: refusalReasonSchema,
    /** The officer's account of the facts (required for reason 'other'). */
    text: text(1000).optional(),
    issuedOn: isoDateSchema,
    officer: officerInfoSchema,
    remedies: remediesSchema,
  })
  .refine((v) => v.reason.kind !== 'other' || v.text !== undefined, {
    path: ['text'],
    message: '不予受理理由为“其他”时须写明理由',
  });
export type RefusalInput = z.output<typeof refusalInputSchema>;

/**
 * The officer's account of the facts as one clause, without what the notice itself says: the
 * opening 经审查, a closing 依法不予受理, and (for another authority) the 请向…申请 that the
 * notice ends with. The counter's default texts are whole sentences; printing them inside the
 * notice's own sentence made it say everything twice.
 */
export function refusalFacts(text: string | undefined, reason: RefusalInput['reason']): string {
  let facts = (text ?? '').trim().replace(/^经审查[，,：:、\s]*/, '');
  if (reason.kind === 'other-authority')
    facts = facts.replace(
      /[，,；;。\s]*请(?:你|您|你单位)?(?:依法)?向[^。；;]*?(?:提出)?申请[。；;]?\s*$/,
      '',
    );
  facts = facts.replace(/[，,；;。\s]*(?:依法|本机关)?(?:决定)?不予受理[。；;]?\s*$/, '');
  return facts.replace(/[。；;，,\s]+$/, '');
}

function decisionText(input: RefusalInput): string {
  const who = you(input.applicant);
  const given = refusalFacts(input.text, input.reason);
  // The reason's own statement follows the facts unless they already make it.
  const facts = (standard: string, phrase: string) =>
    `经审查，${given === '' ? standard : given.includes(phrase) ? given : `${given}，${standard}`}。`;
  switch (input.reason.kind) {
    case 'not-licensing':
      return (
        facts(`${who}申请的事项依法不需要取得行政许可`, '不需要取得行政许可') +
        '根据《中华人民共和国行政许可法》第三十二条第一款第（一）项的规定，本机关决定不予受理。'
      );
    case 'other-authority':
      return (
        facts(`${who}申请的事项依法不属于本机关职权范围`, '职权范围') +
        '根据《中华人民共和国行政许可法》第三十二条第一款第（二）项的规定，本机关决定不予受理。' +
        `请向${input.reason.authority}提出申请。`
      );
    case 'false-materials':
      return (
        facts(`${who}在申请中隐瞒有关情况或者提供虚假材料`, '虚假') +
        '根据《中华人民共和国行政许可法》第三十一条、第七十八条的规定，本机关决定不予受理，并给予警告；' +
        `申请事项直接关系公共安全、人身健康、生命财产安全的，${who}在一年内不得再次申请该行政许可。`
      );
    case 'other':
      return `${given === '' ? '' : `经审查，${given}。`}根据《中华人民共和国行政许可法》第三十二条第一款的规定，本机关决定不予受理。`;
  }
}

export function buildRefusal(input: RefusalInput): DocumentModel {
  const { hall, applicant } = input;
  const blocks: Block[] = [
    ...heading(hall, '不予受理通知书', input.number),
    salutation(applicant.name),
    paragraph(
      `${you(applicant)}于${chineseDate(input.receivedAt)}提出的“${input.item.name}”申请` +
        `${input.caseNumber ? `（办件编号：${input.caseNumber}）` : ''}，${decisionText(input)}`,
    ),
    paragraph('已提交的申请材料随本通知书一并退还。'),
    remediesParagraph(input.remedies, '通知书'),
    contactLine(input.officer, hall),
    {
      type: 'keep',
      blocks: [closing(hall, input.issuedOn), applicantSignature()],
    },
  ];
  return {
    title: `不予受理通知书 ${input.number}`,
    ...(input.caseNumber ? { subject: input.caseNumber } : {}),
    createdAt: pdfDate(input.issuedOn),
    page: PORTRAIT,
    blocks,
  };
}
