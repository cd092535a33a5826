import { z } from 'zod';
import { chineseDate, printedId } from '../format';
import { MM, type Block, type DocumentModel, type TableRow } from '../model';
import { qrPayload } from '../qr';
import { caseRefSchema, hallInfoSchema, idTypeSchema, isoDateSchema, text } from '../schemas';
import { pdfDate, sealMark, STYLES } from './common';
import { validitySchema } from './decision';

/** 证照: the licence the decision grants, landscape in a double frame, with the bureau's seal. */
export const certificateInputSchema = z.strictObject({
  hall: hallInfoSchema,
  /** 证照名称, e.g. 食品经营许可证. */
  title: text(30),
  /** 正本 / 副本. */
  copy: z.enum(['正本', '副本']).optional(),
  certificateNumber: text(60),
  holder: z.strictObject({
    name: text(100),
    idType: idTypeSchema,
    idNumber: text(64),
    /** 法定代表人（负责人）. */
    representative: text(40).optional(),
    address: text(200).optional(),
  }),
  /** The licence's own entries (经营场所, 主体业态, 经营项目 …), in order. */
  fields: z
    .array(z.strictObject({ label: text(20), value: text(500) }))
    .max(12)
    .default([]),
  validity: validitySchema.optional(),
  issuedOn: isoDateSchema,
  decisionNumber: text(60).optional(),
  ...caseRefSchema,
  /** 签发人. */
  issuer: text(20).optional(),
});
export type CertificateInput = z.output<typeof certificateInputSchema>;

const FRAME_RED = [0.6, 0.12, 0.1] as const;

export function buildCertificate(input: CertificateInput): DocumentModel {
  const { hall, holder } = input;
  const organisation = holder.idType === 'uscc';
  const field = (label: string, value: string): TableRow => ({
    cells: [
      { text: `${label}：`, align: 'right', style: STYLES.heading },
      { text: value, style: STYLES.body },
    ],
  });
  const rows: TableRow[] = [
    field(organisation ? '名称' : '经营者', holder.name),
    // The credit code is printed whole on a licence (it is the holder's public registration);
    // a person's ID number stays masked.
    field(organisation ? '统一社会信用代码' : '身份证件号码', printedId(holder.idNumber, organisation)),
  ];
  if (holder.representative) rows.push(field('法定代表人（负责人）', holder.representative));
  if (holder.address) rows.push(field('住所', holder.address));
  for (const f of input.fields) rows.push(field(f.label, f.value));
  if (input.validity) {
    rows.push(field('有效期', `${chineseDate(input.validity.from)}至${chineseDate(input.validity.until)}`));
  }
  if (input.decisionNumber) rows.push(field('许可决定文号', input.decisionNumber));
  if (input.issuer) rows.push(field('签发人', input.issuer));

  const blocks: Block[] = [
    {
      type: 'text',
      text: input.title,
      style: { font: 'serif-bold', size: 28 },
      align: 'center',
      letterSpacing: input.title.length <= 8 ? 10 : 4,
      leading: 1.3,
    },
  ];
  if (input.copy) {
    blocks.push({
      type: 'text',
      text: `（${input.copy}）`,
      style: STYLES.body,
      align: 'center',
      leading: 1.3,
    });
  }
  blocks.push(
    {
      type: 'text',
      text: `编号：${input.certificateNumber}`,
      style: STYLES.number,
      align: 'right',
      spaceBefore: 2,
      spaceAfter: 4,
    },
    {
      type: 'table',
      columns: [1.25, 4.2],
      rows,
      style: STYLES.body,
      borders: false,
      padding: 2,
      leading: 1.35,
    },
    {
      type: 'keep',
      blocks: [
        {
          type: 'closing',
          lines: [`发证机关：${hall.authority}`, chineseDate(input.issuedOn)],
          style: STYLES.body,
          seal: sealMark(hall.seal, hall.authority),
          qr: {
            payload: qrPayload(input.caseNumber, input.queryCode, hall.queryUrl),
            size: 24 * MM,
            caption: ['扫码查验', `办件编号：${input.caseNumber}`],
            style: STYLES.caption,
          },
          spaceBefore: 6,
        },
      ],
    },
  );
  return {
    title: `${input.title} ${input.certificateNumber}`,
    subject: input.caseNumber,
    createdAt: pdfDate(input.issuedOn),
    page: {
      orientation: 'landscape',
      margin: { top: 22 * MM, right: 24 * MM, bottom: 18 * MM, left: 24 * MM },
      frame: FRAME_RED,
    },
    blocks,
  };
}
