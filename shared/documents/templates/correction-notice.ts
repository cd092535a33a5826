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
  officerInfoSchema,
  text,
} from '../schemas';
import {
  applicantSignature,
  closing,
  contactLine,
  fieldsTable,
  heading,
  paragraph,
  partyRows,
  pdfDate,
  PORTRAIT,
  salutation,
  sectionHeading,
  you,
} from './common';

/**
 * 补正材料通知书: a case in review needs materials corrected or added (the reviewer's 要求补正).
 * The clock stops from `pausedOn` (that day still counts) until the correction is in; the
 * promise moves by the paused working days. The request is the reviewer's own words.
 */
export const correctionNoticeInputSchema = z.strictObject({
  hall: hallInfoSchema,
  number: documentNumberSchema,
  ...caseRefSchema,
  item: itemInfoSchema,
  applicant: applicantSchema,
  agent: agentSchema.optional(),
  acceptedOn: isoDateSchema,
  /** What is to be corrected or added, and to what standard. */
  asked: text(2000),
  pausedOn: isoDateSchema,
  /** Where the applicant brings the correction (the window's name); defaults to the hall. */
  where: text(80).optional(),
  officer: officerInfoSchema,
});
export type CorrectionNoticeInput = z.output<typeof correctionNoticeInputSchema>;

export function buildCorrectionNotice(input: CorrectionNoticeInput): DocumentModel {
  const { hall, applicant } = input;
  const who = you(applicant);
  const where = input.where ?? hall.name;
  const blocks: Block[] = [
    ...heading(hall, '补正材料通知书', input.number),
    salutation(applicant.name),
    paragraph(
      `${who}申请的“${input.item.name}”事项（办件编号：${input.caseNumber}），本机关已于${chineseDate(input.acceptedOn)}受理。` +
        '经审查，申请材料需要补正。现将需要补正的内容告知如下：',
    ),
    sectionHeading('补正内容及要求'),
    paragraph(input.asked),
    paragraph(
      `请${who}按照上述要求准备补正材料，提交至${where}。` +
        `自${chineseDate(input.pausedOn)}起暂停计算办理时限，补正期间不计入承诺办结时限；` +
        '补正材料提交后恢复计时，承诺办结日期相应顺延。',
    ),
    fieldsTable(partyRows(applicant, input.agent)),
    {
      type: 'keep',
      blocks: [
        contactLine(input.officer, hall),
        closing(hall, input.pausedOn, { caseNumber: input.caseNumber, queryCode: input.queryCode }),
        applicantSignature(),
      ],
    },
  ];
  return {
    title: `补正材料通知书 ${input.number}`,
    subject: input.caseNumber,
    createdAt: pdfDate(input.pausedOn),
    page: PORTRAIT,
    blocks,
  };
}
