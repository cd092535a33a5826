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
  itemInfoSchema,
  materialLineSchema,
  officerInfoSchema,
  remediesSchema,
} from '../schemas';
import {
  applicantSignature,
  closing,
  contactLine,
  heading,
  materialsTable,
  paragraph,
  pdfDate,
  PORTRAIT,
  remediesParagraph,
  salutation,
  you,
} from './common';
import { CREDIT_CONSEQUENCE } from './tolerance';

/**
 * 终止办理通知书: a tolerance case (容缺受理) whose tolerated materials were not supplied by the
 * deadline is terminated by the hall's rule, straight away or after a grace pause (逾期暂停).
 */
export const terminationNoticeInputSchema = z
  .strictObject({
    hall: hallInfoSchema,
    /** 文号, when the hall numbers these notices. */
    number: documentNumberSchema.optional(),
    ...caseRefSchema,
    item: itemInfoSchema,
    applicant: applicantSchema,
    agent: agentSchema.optional(),
    acceptedOn: isoDateSchema,
    supplyDeadline: isoDateSchema,
    /** The tolerated materials still outstanding. */
    outstanding: z.array(materialLineSchema).min(1),
    /** The grace pause under the rule 'pause-then-terminate': from, until (inclusive). */
    grace: z.strictObject({ from: isoDateSchema, until: isoDateSchema }).optional(),
    terminatedOn: isoDateSchema,
    officer: officerInfoSchema.optional(),
    remedies: remediesSchema.optional(),
  })
  .refine((v) => v.supplyDeadline < v.terminatedOn, {
    path: ['terminatedOn'],
    message: '终止日期应晚于补齐期限',
  })
  .refine((v) => v.grace === undefined || (v.grace.from <= v.grace.until && v.grace.until < v.terminatedOn), {
    path: ['grace'],
    message: '暂停期限应在补齐期限之后、终止日期之前',
  });
export type TerminationNoticeInput = z.output<typeof terminationNoticeInputSchema>;

export function buildTerminationNotice(input: TerminationNoticeInput): DocumentModel {
  const { hall, applicant } = input;
  const who = you(applicant);
  const lapse = input.grace
    ? `补齐期限届满后，本机关自${chineseDate(input.grace.from)}起暂停办理，至${chineseDate(input.grace.until)}暂停期满，${who}仍未补齐。`
    : `补齐期限届满，${who}未补齐。`;
  const blocks: Block[] = [
    ...heading(hall, '终止办理通知书', input.number),
    salutation(applicant.name),
    paragraph(
      `${who}申请的“${input.item.name}”事项（办件编号：${input.caseNumber}），本机关已于${chineseDate(input.acceptedOn)}` +
        `予以容缺受理，并书面告知${who}于${chineseDate(input.supplyDeadline)}前补齐下列容缺材料：`,
    ),
    materialsTable(input.outstanding),
    paragraph(
      `${lapse}根据本机关容缺受理制度及${who}签署的《容缺受理承诺书》，本机关决定自${chineseDate(input.terminatedOn)}起终止办理该申请。`,
    ),
    paragraph(
      `已提交的申请材料可到${hall.name}领取。${who}备齐全部材料后，可以重新提出申请。${CREDIT_CONSEQUENCE}`,
    ),
  ];
  if (input.remedies) blocks.push(remediesParagraph(input.remedies, '通知书'));
  if (input.officer) blocks.push(contactLine(input.officer, hall));
  blocks.push({
    type: 'keep',
    blocks: [
      closing(hall, input.terminatedOn, { caseNumber: input.caseNumber, queryCode: input.queryCode }),
      applicantSignature(),
    ],
  });
  return {
    title: ['终止办理通知书', input.number].filter(Boolean).join(' '),
    subject: input.caseNumber,
    createdAt: pdfDate(input.terminatedOn),
    page: PORTRAIT,
    blocks,
  };
}
