import { z } from 'zod';
import { chineseDateTime } from '../format';
import { LABEL_FILL, type Block, type DocumentModel, type TableRow } from '../model';
import { caseRefSchema, documentNumberSchema, hallInfoSchema, isoDateTimeSchema, text } from '../schemas';
import { closing, heading, pdfDate, PORTRAIT, STYLES } from './common';

export const DELIVERY_METHOD_LABELS = {
  direct: '直接送达',
  pickup: '窗口领取（直接送达）',
  mail: '邮寄送达',
  electronic: '电子送达',
  entrusted: '委托送达',
  left: '留置送达',
} as const;
type DeliveryMethod = keyof typeof DELIVERY_METHOD_LABELS;

/** 送达回证: what was delivered, to whom, when (to the minute), where and how, with signatures. */
export const deliveryReceiptInputSchema = z
  .strictObject({
    hall: hallInfoSchema,
    number: documentNumberSchema.optional(),
    ...caseRefSchema,
    documents: z.array(z.strictObject({ name: text(60), number: text(60).optional() })).min(1),
    /** 受送达人. */
    recipient: text(100),
    /** 受送达人's phone (mail: the phone on the parcel). */
    recipientPhone: text(30).optional(),
    /** Where: the window, or the mailing address; left blank to be written in when unknown. */
    place: text(200).optional(),
    method: z.enum(Object.keys(DELIVERY_METHOD_LABELS) as [DeliveryMethod, ...DeliveryMethod[]]),
    trackingNumber: z
      .string()
      .regex(/^[0-9A-Za-z-]{6,40}$/)
      .optional(),
    deliveredAt: isoDateTimeSchema,
    /** 送达人 (one or two officers). */
    servers: z.array(text(20)).min(1).max(3),
    /** 代收人 and the reason, when someone else signs for the recipient. */
    proxy: z.strictObject({ name: text(40), reason: text(100) }).optional(),
    note: text(300).optional(),
  })
  .refine((v) => v.method !== 'mail' || v.trackingNumber !== undefined, {
    path: ['trackingNumber'],
    message: '邮寄送达须填写邮件单号',
  });
export type DeliveryReceiptInput = z.output<typeof deliveryReceiptInputSchema>;

export function buildDeliveryReceipt(input: DeliveryReceiptInput): DocumentModel {
  const label = (text: string) => ({ text, fill: LABEL_FILL, align: 'center' as const });
  const row = (name: string, value: string, minHeight = 0, align: 'left' | 'right' = 'left'): TableRow => ({
    cells: [label(name), { text: value, align }],
    minHeight,
  });
  const docs = input.documents.map((d) => (d.number ? `${d.name}（${d.number}）` : d.name)).join('\n');
  const method =
    DELIVERY_METHOD_LABELS[input.method] +
    (input.trackingNumber ? `（邮件单号：${input.trackingNumber}）` : '');
  const timeBlank = '\u3000年\u3000\u3000月\u3000\u3000日\u3000\u3000时\u3000\u3000分';
  const blocks: Block[] = [
    ...heading(input.hall, '送达回证', input.number),
    {
      type: 'table',
      columns: [1.5, 4.5],
      style: { ...STYLES.table, size: 11 },
      rows: [
        row('送达文书名称及文号', docs, 48),
        row('办件编号', input.caseNumber),
        row('受送达人', input.recipient, 30),
        ...(input.recipientPhone ? [row('联系电话', input.recipientPhone)] : []),
        row(input.method === 'mail' ? '邮寄地址' : '送达地点', input.place ?? '', 30),
        row('送达方式', method, 30),
        row('送达时间', chineseDateTime(input.deliveredAt), 30),
        row('送达人（签名）', input.servers.join('、'), 48),
        row('受送达人（签名或盖章）', `\n\n${timeBlank}`, 78, 'right'),
        row(
          '代收人及代收理由',
          input.proxy ? `${input.proxy.name}（${input.proxy.reason}）\n\n${timeBlank}` : '',
          60,
          input.proxy ? 'right' : 'left',
        ),
        row('备注', input.note ?? '', 48),
      ],
      spaceBefore: 6,
      spaceAfter: 6,
    },
    {
      type: 'text',
      text: '说明：受送达人拒绝签收的，送达人应当在备注栏注明情况，并由见证人签名，把文书留在受送达人的住所，即视为送达。',
      style: STYLES.small,
      align: 'justify',
    },
    { type: 'keep', blocks: [closing(input.hall, input.deliveredAt.slice(0, 10))] },
  ];
  return {
    title: `送达回证 ${input.caseNumber}`,
    subject: input.caseNumber,
    createdAt: pdfDate(input.deliveredAt),
    page: PORTRAIT,
    blocks,
  };
}
