import { z } from 'zod';
import { documentNumber, ID_TYPE_LABELS, type IdTypeKey } from './format';

/**
 * The building blocks of every document's input: the JSON the renderer passes (from the case
 * state, the catalog snapshot and the hall configuration) and `npm run doc` reads from a file.
 * Objects are strict: a misspelt optional key (say `agnet`) would otherwise drop the agent from
 * a legal document without anyone noticing. Field names follow shared/domain's event payloads.
 */

export const text = (max: number) => z.string().trim().min(1).max(max);

export const isoDateSchema = z.iso.date();
/** ISO date-time; the wall-clock part is printed as written (the device writes the hall's offset). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, local: true });

export const idTypeSchema = z.enum(Object.keys(ID_TYPE_LABELS) as [IdTypeKey, ...IdTypeKey[]]);

/** 文号: either already formatted ("开审受字〔2026〕第0123号") or its parts. */
export const documentNumberSchema = z
  .union(
    [
      text(60),
      z.strictObject({
        prefix: z.string().regex(/^[\u4e00-\u9fff]{1,8}$/),
        year: z.int(),
        seq: z.int().min(1),
      }),
    ],
    { error: '文号应为文字（如“开审受字〔2026〕第0123号”）或 { prefix, year, seq }' },
  )
  .transform((v) => (typeof v === 'string' ? v : documentNumber(v.prefix, v.year, v.seq)));

/**
 * The seal as the hall configures it (same shape as shared/hall's sealSchema, so `hall.seal` can be
 * passed as it is). 'image' prints the registered seal image given to the renderer as bytes.
 */
export const documentSealSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('image'),
    diameterMm: z.number().min(30).max(60).default(42),
    blobSha256: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal('drawn'),
    /** Defaults to the authority's name. */
    ringText: text(40).optional(),
    /** The line under the star; defaults to 行政审批专用章. */
    centreText: text(12).optional(),
  }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type DocumentSeal = z.infer<typeof documentSealSchema>;

export const hallInfoSchema = z.strictObject({
  name: text(40),
  /** The authority whose name and seal the documents carry. */
  authority: text(40),
  address: text(120).optional(),
  phone: text(30).optional(),
  seal: documentSealSchema,
  /** The public progress query page; the QR code opens it with the case number and query code. */
  queryUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type HallInfo = z.infer<typeof hallInfoSchema>;

/** Where a refusal or denial may be challenged (行政复议机关 and 人民法院), configured per hall. */
export const remediesSchema = z.strictObject({ reconsideration: text(60), court: text(60) });
export type Remedies = z.infer<typeof remediesSchema>;

export const applicantSchema = z.strictObject({
  kind: z.enum(['person', 'organisation']),
  name: text(100),
  idType: idTypeSchema,
  idNumber: text(64),
  phone: text(30),
  address: text(200).optional(),
  /** An organisation's contact person (联系人). */
  contact: text(40).optional(),
});
export type ApplicantInfo = z.infer<typeof applicantSchema>;

export const agentSchema = z.strictObject({
  name: text(40),
  idType: idTypeSchema,
  idNumber: text(64),
  phone: text(30),
});
export type AgentInfo = z.infer<typeof agentSchema>;

export const itemInfoSchema = z.strictObject({
  code: text(64),
  name: text(100),
  department: text(60).optional(),
  handling: z.enum(['instant', 'promise']).optional(),
  promisedWorkdays: z.int().min(0).optional(),
  /** What the applicant gets (证照 / 批文). */
  result: text(120).optional(),
});
export type ItemInfo = z.infer<typeof itemInfoSchema>;

export const materialFormSchema = z.enum(['original', 'copy', 'electronic']);

export const materialLineSchema = z.strictObject({
  name: text(200),
  form: materialFormSchema,
  copies: z.int().min(1).max(99),
  note: text(300).optional(),
});
export type MaterialLine = z.infer<typeof materialLineSchema>;

export const toleratedLineSchema = materialLineSchema.extend({ dueDate: isoDateSchema });
export type ToleratedLine = z.infer<typeof toleratedLineSchema>;

export const officerInfoSchema = z.strictObject({
  name: text(20),
  /** 工号. */
  id: text(16).optional(),
  /** The window's name as printed, e.g. 综合受理1号窗口. */
  window: text(40),
  phone: text(30).optional(),
});
export type OfficerInfo = z.infer<typeof officerInfoSchema>;

export const caseRefSchema = {
  caseNumber: z.string().regex(/^[A-Z0-9]{2,8}-\d{8}-\d{4}$/, '办件编号格式应为 窗口编号-年月日-4位序号'),
  queryCode: z
    .string()
    .regex(/^[0-9A-Za-z]{4,12}$/)
    .optional(),
};
