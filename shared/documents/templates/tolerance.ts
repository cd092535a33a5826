import { z } from 'zod';
import { chineseDate, chineseDateTime } from '../format';
import type { Block, DocumentModel, SignatureSlot } from '../model';
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
  text,
  toleratedLineSchema,
} from '../schemas';
import {
  closing,
  contactLine,
  heading,
  idLabel,
  idValue,
  materialsTable,
  paragraph,
  pdfDate,
  PORTRAIT,
  salutation,
  signatureDate,
  STYLES,
  you,
  applicantSignature,
} from './common';

/** What happens when tolerated materials are not supplied in time (the hall's rule). */
export const onDefaultSchema = z.discriminatedUnion('onDefault', [
  z.strictObject({ onDefault: z.literal('terminate') }),
  z.strictObject({ onDefault: z.literal('pause-then-terminate'), graceWorkingDays: z.int().min(1).max(30) }),
]);
type OnDefault = z.output<typeof onDefaultSchema>;

/** 容缺受理通知书. */
export const toleranceNoticeInputSchema = z.strictObject({
  hall: hallInfoSchema,
  number: documentNumberSchema,
  ...caseRefSchema,
  item: itemInfoSchema,
  applicant: applicantSchema,
  agent: agentSchema.optional(),
  acceptedAt: isoDateTimeSchema,
  tolerated: z.array(toleratedLineSchema).min(1),
  promisedDate: isoDateSchema,
  rule: onDefaultSchema.default({ onDefault: 'terminate' }),
  officer: officerInfoSchema,
});
export type ToleranceNoticeInput = z.output<typeof toleranceNoticeInputSchema>;

/** 容缺受理承诺书: the applicant's letter; printed for signing, no seal. */
export const toleranceCommitmentInputSchema = z.strictObject({
  hall: hallInfoSchema,
  caseNumber: caseRefSchema.caseNumber.optional(),
  item: itemInfoSchema,
  applicant: applicantSchema,
  agent: agentSchema.optional(),
  tolerated: z.array(toleratedLineSchema).min(1),
  rule: onDefaultSchema.default({ onDefault: 'terminate' }),
  /** The officer who takes the letter (printed under the signatures). */
  officer: officerInfoSchema.optional(),
  /** Printed for the record; the applicant signs and dates by hand. */
  printedAt: isoDateTimeSchema.optional(),
  note: text(300).optional(),
});
export type ToleranceCommitmentInput = z.output<typeof toleranceCommitmentInputSchema>;

/** What a broken tolerance promise costs: told in the tolerance notice and again when the case is terminated. */
export const CREDIT_CONSEQUENCE = '未履行承诺的情况将记入信用记录，信用修复前不再适用容缺受理。';

function consequence(rule: OnDefault, who: string): string {
  return rule.onDefault === 'terminate'
    ? `逾期未补齐的，本机关将终止办理该事项，${who}可重新申请；${CREDIT_CONSEQUENCE}`
    : `逾期未补齐的，本机关将暂停办理该事项；暂停${rule.graceWorkingDays}个工作日后仍未补齐的，终止办理，${who}可重新申请；${CREDIT_CONSEQUENCE}`;
}

function latestDue(tolerated: ReadonlyArray<{ dueDate: string }>): string {
  return tolerated.reduce((max, m) => (m.dueDate > max ? m.dueDate : max), tolerated[0]?.dueDate ?? '');
}

export function buildToleranceNotice(input: ToleranceNoticeInput): DocumentModel {
  const { hall, applicant } = input;
  const addressee = you(applicant);
  const blocks: Block[] = [
    ...heading(hall, '容缺受理通知书', input.number),
    salutation(applicant.name),
    paragraph(
      `${addressee}于${chineseDateTime(input.acceptedAt)}申请的“${input.item.name}”事项（办件编号：${input.caseNumber}），` +
        '基本条件具备，主要申请材料齐全且符合法定形式，所缺材料为非要件。根据本机关容缺受理制度，' +
        `经${addressee}书面承诺，本机关决定予以容缺受理。请${addressee}在下列期限内补齐容缺材料：`,
    ),
    materialsTable(input.tolerated, { due: true }),
    paragraph(
      `全部容缺材料须于${chineseDate(latestDue(input.tolerated))}前补齐（可到窗口提交、邮寄或网上提交，以送达本机关为准）。`,
    ),
    paragraph(consequence(input.rule, addressee)),
    paragraph(`材料补齐后，本机关将在承诺时限内办结，承诺办结日期为${chineseDate(input.promisedDate)}。`),
    contactLine(input.officer, hall),
    {
      type: 'keep',
      blocks: [
        closing(hall, input.acceptedAt.slice(0, 10), {
          caseNumber: input.caseNumber,
          queryCode: input.queryCode,
        }),
        applicantSignature(),
      ],
    },
  ];
  return {
    title: `容缺受理通知书 ${input.number}`,
    subject: input.caseNumber,
    createdAt: pdfDate(input.acceptedAt),
    page: PORTRAIT,
    blocks,
  };
}

export function buildToleranceCommitment(input: ToleranceCommitmentInput): DocumentModel {
  const { hall, applicant } = input;
  const self = applicant.kind === 'person' ? '本人' : '本单位';
  const consequenceText =
    input.rule.onDefault === 'terminate'
      ? `逾期未补齐的，同意${hall.authority}终止办理该事项，并自行承担由此产生的一切后果`
      : `逾期未补齐的，同意${hall.authority}暂停办理该事项，暂停${input.rule.graceWorkingDays}个工作日后仍未补齐的终止办理，并自行承担由此产生的一切后果`;
  const signer: SignatureSlot[][] = [
    [
      { label: applicant.kind === 'person' ? '承诺人（签字）：' : '承诺单位（盖章）：', blank: 130 },
      signatureDate(),
    ],
  ];
  if (applicant.kind === 'organisation')
    signer.push([{ label: '法定代表人或委托代理人（签字）：', blank: 130 }]);
  else if (input.agent) signer.push([{ label: '代理人（签字）：', blank: 130 }]);
  signer.push([
    {
      label: '受理人员（签字）：',
      blank: 130,
      ...(input.officer ? { after: `（${input.officer.window}）` } : {}),
    },
  ]);

  const blocks: Block[] = [
    ...heading(undefined, '容缺受理承诺书'),
    salutation(hall.authority),
    paragraph(
      `${self}${applicant.name}（${idLabel(applicant.idType)}：${idValue(applicant.idType, applicant.idNumber)}）` +
        `申请办理“${input.item.name}”事项${input.caseNumber ? `（办件编号：${input.caseNumber}）` : ''}，` +
        `申请材料中下列非要件材料暂不能提供，现申请容缺受理，并郑重承诺：`,
    ),
    paragraph(
      `一、${self}已知晓该事项的申请条件、标准和要求，所提交的全部申请材料真实、合法、有效，如有虚假，愿意承担相应的法律责任。`,
    ),
    paragraph('二、在下表所列期限内补齐全部容缺材料，补交的材料与已提交材料及本承诺内容一致：'),
    materialsTable(input.tolerated, { due: true }),
    paragraph(`三、${consequenceText}。`),
    paragraph(`四、${self}知悉：未履行本承诺的，将记入信用记录，在信用修复前不再适用容缺受理。`),
  ];
  if (input.note) blocks.push(paragraph(`补充说明：${input.note}`));
  blocks.push({
    type: 'keep',
    blocks: [{ type: 'signatures', style: STYLES.body, rows: signer, spaceBefore: 16 }],
  });
  return {
    title: '容缺受理承诺书',
    ...(input.caseNumber ? { subject: input.caseNumber } : {}),
    ...(input.printedAt ? { createdAt: pdfDate(input.printedAt) } : {}),
    page: PORTRAIT,
    blocks,
  };
}
