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
  materialLineSchema,
  officerInfoSchema,
  text,
} from '../schemas';
import {
  closing,
  contactLine,
  heading,
  materialsTable,
  paragraph,
  pdfDate,
  PORTRAIT,
  salutation,
  sectionHeading,
  you,
  applicantSignature,
} from './common';

/** A material to supply, with the standard it must meet (补正要求). */
export const missingLineSchema = materialLineSchema.extend({ requirement: text(300) });

/** 一次性告知书 (补正材料通知书): every missing material at once (行政许可法 §32(1)(4)). */
export const missingNoticeInputSchema = z.strictObject({
  hall: hallInfoSchema,
  number: documentNumberSchema,
  caseNumber: caseRefSchema.caseNumber.optional(),
  item: itemInfoSchema,
  applicant: applicantSchema,
  agent: agentSchema.optional(),
  /** When the application was handed in. */
  receivedAt: isoDateTimeSchema,
  missing: z.array(missingLineSchema).min(1),
  /** Materials already handed in and kept (listed so that they are not asked for again). */
  received: z.array(materialLineSchema).default([]),
  notifiedOn: isoDateSchema,
  officer: officerInfoSchema,
});
export type MissingNoticeInput = z.output<typeof missingNoticeInputSchema>;

export function buildMissingNotice(input: MissingNoticeInput): DocumentModel {
  const { hall, applicant } = input;
  const addressee = you(applicant);
  const blocks: Block[] = [
    ...heading(hall, '一次性告知书', input.number, '（补正材料通知书）'),
    salutation(applicant.name),
    paragraph(
      `${addressee}于${chineseDate(input.receivedAt)}申请的“${input.item.name}”事项` +
        `${input.caseNumber ? `（办件编号：${input.caseNumber}）` : ''}，经审查，申请材料不齐全或者不符合法定形式。` +
        '根据《中华人民共和国行政许可法》第三十二条第一款第（四）项“申请材料不齐全或者不符合法定形式的，' +
        '应当当场或者在五日内一次告知申请人需要补正的全部内容”的规定，现一次性告知' +
        `${addressee}需要补正的全部材料如下：`,
    ),
    materialsTable(
      input.missing.map((m) => ({ ...m, note: m.requirement })),
      { notes: true, noteTitle: '补正要求' },
    ),
    paragraph(
      `请${addressee}按照上述要求补正全部材料后再次提交。补正的材料齐全、符合法定形式的，本机关将依法予以受理。` +
        '除本告知书所列内容外，本机关不再要求补正其他材料。',
    ),
  ];
  if (input.received.length > 0) {
    blocks.push(sectionHeading('已收取的申请材料（无需再次提交）'), materialsTable(input.received));
  }
  blocks.push({
    type: 'keep',
    blocks: [contactLine(input.officer, hall), closing(hall, input.notifiedOn), applicantSignature()],
  });
  return {
    title: `一次性告知书 ${input.number}`,
    ...(input.caseNumber ? { subject: input.caseNumber } : {}),
    createdAt: pdfDate(input.notifiedOn),
    page: PORTRAIT,
    blocks,
  };
}
