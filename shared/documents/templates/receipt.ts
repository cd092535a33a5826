import { z } from 'zod';
import { chineseDate, chineseDateTime } from '../format';
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
  toleratedLineSchema,
} from '../schemas';
import {
  closing,
  fieldsTable,
  heading,
  materialsTable,
  paragraph,
  partyRows,
  pdfDate,
  PORTRAIT,
  salutation,
  sectionHeading,
  STYLES,
  you,
} from './common';

/** 受理通知书 (also the applicant's 收件回执). */
export const receiptInputSchema = z.strictObject({
  hall: hallInfoSchema,
  number: documentNumberSchema,
  ...caseRefSchema,
  item: itemInfoSchema,
  applicant: applicantSchema,
  agent: agentSchema.optional(),
  received: z.array(materialLineSchema).min(1),
  /** Materials accepted as missing (容缺), each with its supply deadline. */
  tolerated: z.array(toleratedLineSchema).default([]),
  acceptedAt: isoDateTimeSchema,
  promisedDate: isoDateSchema,
  officer: officerInfoSchema,
  /** Extra lines under 注意事项 (the hall's own reminders). */
  notes: z.array(text(300)).max(8).default([]),
});
export type ReceiptInput = z.output<typeof receiptInputSchema>;

export function buildReceipt(input: ReceiptInput): DocumentModel {
  const { hall, item, applicant, officer } = input;
  const acceptedOn = input.acceptedAt.slice(0, 10);
  const instant = item.handling === 'instant' || input.promisedDate === acceptedOn;
  const tolerance = input.tolerated.length > 0;
  const handling = instant
    ? '即办件（当场办结）'
    : `承诺件${item.promisedWorkdays !== undefined ? `（${item.promisedWorkdays}个工作日）` : ''}`;

  const blocks: Block[] = [
    ...heading(hall, '受理通知书', input.number),
    salutation(applicant.name),
    paragraph(
      `${you(applicant)}于${chineseDate(input.acceptedAt)}提交的“${item.name}”申请，` +
        (tolerance
          ? `主要申请材料齐全、符合法定形式，经${you(applicant)}书面承诺，本机关决定予以容缺受理。`
          : '申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理。') +
        '现将有关事项告知如下：',
    ),
    fieldsTable([
      [
        ['办件编号', input.caseNumber],
        ['查询码', input.queryCode ?? '—'],
      ],
      ...partyRows(applicant, input.agent),
      [['申请事项', `${item.name}（事项编码 ${item.code}）`]],
      [
        ['承办部门', item.department ?? hall.name],
        ['办件类型', handling],
      ],
      [
        ['受理时间', chineseDateTime(input.acceptedAt)],
        ['承诺办结日期', chineseDate(input.promisedDate)],
      ],
      [
        ['受理窗口', officer.window],
        ['受理人', officer.id ? `${officer.name}（工号 ${officer.id}）` : officer.name],
      ],
    ]),
    sectionHeading('一、已收取的申请材料'),
    materialsTable(input.received),
  ];
  if (tolerance) {
    blocks.push(
      sectionHeading('二、容缺材料（请在补齐期限内补交）'),
      materialsTable(input.tolerated, { due: true }),
    );
  }
  const notes = [
    '本通知书同时作为收件回执，请妥善保管，领取办理结果时请出示。',
    '可凭办件编号和查询码查询办理进度，或扫描下方二维码查询。',
    ...(tolerance ? ['容缺材料逾期未补齐的，按《容缺受理通知书》告知的后果处理。'] : []),
    ...(item.result ? [`办理结果：${item.result}。`] : []),
    ...input.notes,
    ...(hall.phone ? [`咨询电话：${hall.phone}。`] : []),
  ];
  // The last section stays with the seal: a seal alone on a page proves nothing.
  blocks.push({
    type: 'keep',
    blocks: [
      sectionHeading(tolerance ? '三、注意事项' : '二、注意事项'),
      {
        type: 'text',
        text: notes.map((n, i) => `${i + 1}. ${n}`).join('\n'),
        style: STYLES.small,
        align: 'left',
        leading: 1.55,
      },
      closing(hall, acceptedOn, { caseNumber: input.caseNumber, queryCode: input.queryCode }),
    ],
  });
  return {
    title: `受理通知书 ${input.number}`,
    subject: input.caseNumber,
    createdAt: pdfDate(input.acceptedAt),
    page: PORTRAIT,
    blocks,
    // One face keeps the receipt, handed out at every intake, under 30 KB (docs/DECISIONS.md).
    face: 'sans',
  };
}
