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
  remediesSchema,
  text,
} from '../schemas';
import {
  closing,
  fieldsTable,
  heading,
  paragraph,
  pdfDate,
  PORTRAIT,
  remediesParagraph,
  salutation,
  you,
} from './common';

export const validitySchema = z
  .strictObject({ from: isoDateSchema, until: isoDateSchema })
  .refine((v) => v.from <= v.until, { message: '有效期的起始日期不能晚于截止日期' });

/** 准予行政许可决定书 / 不予行政许可决定书. */
export const decisionInputSchema = z
  .strictObject({
    hall: hallInfoSchema,
    outcome: z.enum(['approved', 'denied']),
    number: documentNumberSchema,
    ...caseRefSchema,
    item: itemInfoSchema,
    applicant: applicantSchema,
    agent: agentSchema.optional(),
    receivedAt: isoDateTimeSchema,
    acceptedOn: isoDateSchema,
    decidedOn: isoDateSchema,
    /** Required when denied: printed as the reasons (行政许可法 §38(2)). */
    reasons: text(2000).optional(),
    licence: z
      .strictObject({
        name: text(60),
        number: text(60).optional(),
        scope: text(500).optional(),
        validity: validitySchema.optional(),
      })
      .optional(),
    /** Where and how the licence is collected (领取方式). */
    pickup: text(200).optional(),
    remedies: remediesSchema.optional(),
  })
  .refine((v) => v.outcome !== 'denied' || v.reasons !== undefined, {
    path: ['reasons'],
    message: '不予行政许可须说明理由',
  })
  .refine((v) => v.outcome !== 'denied' || v.remedies !== undefined, {
    path: ['remedies'],
    message: '不予行政许可须告知申请行政复议或提起行政诉讼的途径',
  });
export type DecisionInput = z.output<typeof decisionInputSchema>;

export function buildDecision(input: DecisionInput): DocumentModel {
  const { hall, applicant } = input;
  const who = you(applicant);
  const approved = input.outcome === 'approved';
  const title = approved ? '准予行政许可决定书' : '不予行政许可决定书';
  const intro =
    `${who}于${chineseDate(input.receivedAt)}提出的“${input.item.name}”申请（办件编号：${input.caseNumber}），` +
    `本机关已于${chineseDate(input.acceptedOn)}依法受理。`;
  const reasons = input.reasons?.replace(/[。；，\s]+$/, '');
  const blocks: Block[] = [...heading(hall, title, input.number), salutation(applicant.name)];
  if (approved) {
    blocks.push(
      paragraph(
        `${intro}经审查，${who}的申请符合法定条件、标准${reasons ? `，${reasons}` : ''}。` +
          '根据《中华人民共和国行政许可法》第三十四条、第三十八条第一款的规定，本机关决定准予行政许可。',
      ),
    );
    const licence = input.licence;
    if (licence) {
      const validity = licence.validity
        ? `${chineseDate(licence.validity.from)}至${chineseDate(licence.validity.until)}`
        : '长期';
      blocks.push(
        fieldsTable([
          [['许可事项', input.item.name]],
          [
            ['许可证件', licence.name],
            ['证件编号', licence.number ?? '—'],
          ],
          [['有效期限', validity]],
          ...(licence.scope ? [[['许可范围', licence.scope]] as const] : []),
        ]),
      );
    }
    if (input.pickup) blocks.push(paragraph(`请${who}${input.pickup}。`));
    if (input.remedies) blocks.push(remediesParagraph(input.remedies, '决定'));
  } else {
    blocks.push(
      paragraph(
        `${intro}经审查，${reasons}。根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。`,
      ),
    );
    if (input.remedies) blocks.push(remediesParagraph(input.remedies, '决定'));
  }
  blocks.push({
    type: 'keep',
    blocks: [closing(hall, input.decidedOn, { caseNumber: input.caseNumber, queryCode: input.queryCode })],
  });
  return {
    title: `${title} ${input.number}`,
    subject: input.caseNumber,
    createdAt: pdfDate(input.decidedOn),
    page: PORTRAIT,
    blocks,
  };
}
