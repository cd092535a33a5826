import { z } from 'zod';
import { materialFormSchema, materialIdSchema, situationKeySchema } from '../catalog/schema';
import { documentKindSchema } from '../documents/kind-names';
import { approvalStepSchema } from './approval';
import { creditSchema } from './credit';
import { itemSnapshotSchema } from './item-snapshot';
import { isoDateSchema, isoDateTimeSchema, sha256HexSchema, shortTextSchema, textSchema } from './primitives';

/**
 * The payload of each case event type. Objects are strict: the event hash covers exactly the
 * fields sent, so a field one side does not know must be refused, not dropped on the way.
 * Dates a printed document shows (promised date, supply deadline) are carried in the events,
 * never recomputed later: a calendar override entered next month must not move a promise
 * already printed on a receipt.
 */

export const ID_TYPES = [
  'resident-id', // 居民身份证
  'hk-mo-permit', // 港澳居民来往内地通行证
  'tw-permit', // 台湾居民来往大陆通行证
  'residence-permit', // 港澳台居民居住证
  'passport', // 护照
  'uscc', // 统一社会信用代码 (organisations)
  'other',
] as const;
export const idTypeSchema = z.enum(ID_TYPES);
export type IdType = z.infer<typeof idTypeSchema>;

/** Numbers are checked for their checksum by shared/ids before an event is made. */
const idNumberSchema = z.string().min(1).max(64);
const phoneSchema = z.string().regex(/^\+?[0-9][0-9 -]{4,23}$/);

export const applicantSchema = z.strictObject({
  kind: z.enum(['person', 'organisation']),
  name: shortTextSchema,
  idType: idTypeSchema,
  idNumber: idNumberSchema,
  phone: phoneSchema,
  address: shortTextSchema.optional(),
});
export type Applicant = z.infer<typeof applicantSchema>;

/** 代理人: a person acting for the applicant under an authorisation (授权委托书). */
export const agentSchema = z.strictObject({
  name: shortTextSchema,
  idType: idTypeSchema,
  idNumber: idNumberSchema,
  phone: phoneSchema,
});
export type Agent = z.infer<typeof agentSchema>;

/** A material named on a document (tolerance notice, one-time notice): id plus the printed name. */
export const namedMaterialSchema = z.strictObject({ materialId: materialIdSchema, name: shortTextSchema });
export type NamedMaterial = z.infer<typeof namedMaterialSchema>;

/** 收件登记: the first event of every case. */
export const registeredPayloadSchema = z.strictObject({
  applicant: applicantSchema,
  agent: agentSchema.optional(),
  item: itemSnapshotSchema,
  windowCode: z.string().regex(/^[A-Z0-9]{2,8}$/),
  caseNumber: shortTextSchema,
  /** For the public progress query (case number + query code); made by the device. */
  queryCode: z
    .string()
    .regex(/^[0-9A-Za-z]{4,12}$/)
    .optional(),
  situations: z.array(situationKeySchema),
  credit: creditSchema,
});

export const RECEIPT_CHANNELS = ['window', 'post', 'online'] as const;

/**
 * A material handed in (or its record replaced). Recording it means the officer judged it
 * acceptable; form and copies are what the receipt lists. `blobs` are its scans, which the
 * envelope's `blobs` must also list (the sync layer uploads what the envelope names).
 */
export const materialReceivedPayloadSchema = z.strictObject({
  materialId: materialIdSchema,
  copies: z.int().min(1).optional(),
  form: materialFormSchema.optional(),
  via: z.enum(RECEIPT_CHANNELS).optional(),
  blobs: z.array(sha256HexSchema),
});

export const materialRemovedPayloadSchema = z.strictObject({
  materialId: materialIdSchema,
  reason: shortTextSchema.optional(),
});

/** A page turned away from upright: clockwise, in degrees. */
export const pageTurnSchema = z.literal([90, 180, 270]);
/** A page's turn, as shown and put in the dossier (the blob is never changed). */
export const pageRotationSchema = z.union([z.literal(0), pageTurnSchema]);
export type PageRotation = z.infer<typeof pageRotationSchema>;

/**
 * 整理材料页面: the material's pages as they are to be from now on — their order and each one's
 * turn. A page left out is taken off the material (its blob stays stored, and the earlier
 * arrangement stays in the log); only pages the material holds may be named, each once.
 */
export const pagesArrangedPayloadSchema = z.strictObject({
  materialId: materialIdSchema,
  pages: z.array(z.strictObject({ blob: sha256HexSchema, rotation: pageRotationSchema })).max(1000),
});

/** 受理, with tolerance (容缺受理) when `tolerated` is not empty. */
export const acceptedPayloadSchema = z.strictObject({
  acceptedOn: isoDateSchema,
  promisedDate: isoDateSchema,
  tolerated: z.array(namedMaterialSchema),
  supplyDeadline: isoDateSchema.optional(),
  /** 受理通知书 number, e.g. 开审受字〔2026〕第0123号. */
  documentNumber: shortTextSchema.optional(),
  /** The promise was counted over a year whose holiday schedule was not entered (预计). */
  promiseProvisional: z.literal(true).optional(),
  /** The same for the supply deadline. */
  supplyProvisional: z.literal(true).optional(),
});

/** 一次性告知: every missing material at once. */
export const notifiedMissingPayloadSchema = z.strictObject({
  missing: z.array(namedMaterialSchema).min(1),
  notifiedOn: isoDateSchema,
  documentNumber: shortTextSchema.optional(),
});

export const refusalReasonSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('not-licensing') }),
  z.strictObject({ kind: z.literal('other-authority'), authority: shortTextSchema }),
  z.strictObject({ kind: z.literal('false-materials') }),
  z.strictObject({ kind: z.literal('other') }),
]);
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

/** 不予受理. */
export const refusedPayloadSchema = z.strictObject({
  reason: refusalReasonSchema,
  text: textSchema,
  documentNumber: shortTextSchema.optional(),
});

/** 补齐: tolerated materials arrived (window, post or online) on `on`. */
export const supplementedPayloadSchema = z.strictObject({
  materialIds: z.array(materialIdSchema).min(1),
  on: isoDateSchema,
});

/** 转办: the window hands the case to the first back-office step. */
export const routedPayloadSchema = z.strictObject({
  to: approvalStepSchema,
  note: textSchema.optional(),
});

export const REVIEW_DECISIONS = ['approve', 'return', 'escalate'] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const meetingSchema = z.strictObject({
  date: isoDateSchema,
  attendees: z.array(shortTextSchema).min(1),
  minutesNumber: shortTextSchema.optional(),
});

/**
 * A step's opinion. approve = 同意, passes the case up (at the top step it only records the
 * opinion, e.g. the meeting's minutes); return = 退回 one step down (from the first step: back
 * to the window); escalate = 提级, from the top of the route to the ladder's next step.
 */
export const reviewedPayloadSchema = z.strictObject({
  step: approvalStepSchema,
  decision: reviewDecisionSchema,
  opinion: textSchema,
  meeting: meetingSchema.optional(),
});

/** §45 special steps (and 补正) whose time is not counted in the limit. */
export const PAUSE_KINDS = ['correction', 'hearing', 'inspection', 'expert-review'] as const;
export const pauseKindSchema = z.enum(PAUSE_KINDS);
export type PauseKind = z.infer<typeof pauseKindSchema>;

export const PAUSE_KIND_LABELS: Readonly<Record<PauseKind, string>> = {
  correction: '补正材料',
  hearing: '听证',
  inspection: '现场核查',
  'expert-review': '专家评审',
};

/**
 * The clock stops after `from` (that day still counts). `graceUntil`: the grace pause of a
 * tolerance case past its supply deadline under the hall's rule 'pause-then-terminate' (kind
 * 'correction', the applicant still owes materials); the case may be terminated after that day.
 */
export const pausedPayloadSchema = z.strictObject({
  kind: pauseKindSchema,
  reason: textSchema,
  from: isoDateSchema,
  graceUntil: isoDateSchema.optional(),
});

/** The clock restarts after `on`; the promise moves by the working days in (from, on]. */
export const resumedPayloadSchema = z.strictObject({
  on: isoDateSchema,
  promisedDate: isoDateSchema,
  reason: textSchema.optional(),
  /** The extended promise is provisional (预计): see planResumptionDates. */
  promiseProvisional: z.literal(true).optional(),
});

export const validitySchema = z.strictObject({ from: isoDateSchema, until: isoDateSchema });

/** 准予许可决定. */
export const approvedPayloadSchema = z.strictObject({
  decisionNumber: shortTextSchema,
  decidedOn: isoDateSchema,
  reasons: textSchema.optional(),
  validity: validitySchema.optional(),
});

/** 不予许可决定: the reasons are required (and printed with the right to appeal). */
export const deniedPayloadSchema = z.strictObject({
  decisionNumber: shortTextSchema,
  decidedOn: isoDateSchema,
  reasons: textSchema,
});

export const certificateIssuedPayloadSchema = z.strictObject({
  certificateNumber: shortTextSchema,
  issuedOn: isoDateSchema,
  validUntil: isoDateSchema.optional(),
});

/**
 * 送达: `at` is to the minute (送达回证); mail needs its tracking number, and carries the address
 * and phone it went to (printed on the 送达回证). Those two are optional only for mail recorded
 * before they were asked; the counter always sends them.
 */
export const deliveredPayloadSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('pickup'),
    receiver: shortTextSchema,
    at: isoDateTimeSchema,
  }),
  z.strictObject({
    method: z.literal('mail'),
    trackingNumber: z.string().regex(/^[0-9A-Za-z-]{6,40}$/),
    receiver: shortTextSchema,
    address: shortTextSchema.optional(),
    phone: phoneSchema.optional(),
    at: isoDateTimeSchema,
  }),
]);

/** 好差评 (GB/T 39734): 1 非常满意 … 5 非常不满意. */
export const EVALUATION_LEVELS = [1, 2, 3, 4, 5] as const;
export const EVALUATION_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: '非常满意',
  2: '满意',
  3: '基本满意',
  4: '不满意',
  5: '非常不满意',
};
export const evaluatedPayloadSchema = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  comment: textSchema.optional(),
});

/** 终止: tolerated materials not supplied by the deadline; the applicant may apply again. */
export const terminatedPayloadSchema = z.strictObject({
  reason: z.literal('tolerance-deadline-missed'),
  on: isoDateSchema,
  text: textSchema.optional(),
});

/** 撤回 by the applicant, before a decision. */
export const withdrawnPayloadSchema = z.strictObject({
  on: isoDateSchema,
  reason: textSchema.optional(),
});

/**
 * 作废: a case registered by mistake (wrong applicant, wrong item, a double entry) is voided by
 * the officer who registered it, with the reason, before any back-office step has acted on it
 * (checkVoided). The case and its events stay in the record; supervision lists it.
 */
export const voidedPayloadSchema = z.strictObject({
  reason: textSchema,
  on: isoDateSchema,
});

export const notePayloadSchema = z.strictObject({ text: textSchema });

/** The papers of a case (every document kind but the window's daily log, which is no case's). */
export const caseDocumentKindSchema = documentKindSchema.exclude(['daily-log']);
export type CaseDocumentKind = z.infer<typeof caseDocumentKindSchema>;

/**
 * 打印文书: a paper of the case was printed (or reprinted) and sent to the printer, `copies`
 * copies of it. Recorded after the printer took the job, so the log tells who handed out which
 * paper when; allowed in every status and changes none.
 */
export const documentPrintedPayloadSchema = z.strictObject({
  kind: caseDocumentKindSchema,
  documentNumber: shortTextSchema.optional(),
  copies: z.int().min(1).max(99),
  reprint: z.boolean(),
});

export type RegisteredPayload = z.infer<typeof registeredPayloadSchema>;
export type MaterialReceivedPayload = z.infer<typeof materialReceivedPayloadSchema>;
export type MaterialRemovedPayload = z.infer<typeof materialRemovedPayloadSchema>;
export type PagesArrangedPayload = z.infer<typeof pagesArrangedPayloadSchema>;
export type AcceptedPayload = z.infer<typeof acceptedPayloadSchema>;
export type NotifiedMissingPayload = z.infer<typeof notifiedMissingPayloadSchema>;
export type RefusedPayload = z.infer<typeof refusedPayloadSchema>;
export type SupplementedPayload = z.infer<typeof supplementedPayloadSchema>;
export type RoutedPayload = z.infer<typeof routedPayloadSchema>;
export type ReviewedPayload = z.infer<typeof reviewedPayloadSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type PausedPayload = z.infer<typeof pausedPayloadSchema>;
export type ResumedPayload = z.infer<typeof resumedPayloadSchema>;
export type ApprovedPayload = z.infer<typeof approvedPayloadSchema>;
export type DeniedPayload = z.infer<typeof deniedPayloadSchema>;
export type CertificateIssuedPayload = z.infer<typeof certificateIssuedPayloadSchema>;
export type DeliveredPayload = z.infer<typeof deliveredPayloadSchema>;
export type EvaluatedPayload = z.infer<typeof evaluatedPayloadSchema>;
export type EvaluationLevel = EvaluatedPayload['level'];
export type TerminatedPayload = z.infer<typeof terminatedPayloadSchema>;
export type WithdrawnPayload = z.infer<typeof withdrawnPayloadSchema>;
export type NotePayload = z.infer<typeof notePayloadSchema>;
export type VoidedPayload = z.infer<typeof voidedPayloadSchema>;
export type DocumentPrintedPayload = z.infer<typeof documentPrintedPayloadSchema>;
