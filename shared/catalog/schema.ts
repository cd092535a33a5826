import { z } from 'zod';

/**
 * The item catalog (事项目录) as the central server publishes it and as
 * shared/demo/catalog.zh-CN.json holds it: that file's shape IS the interchange format.
 *
 * Every object is strict: an unknown key is an error, not silently dropped. A misspelt optional
 * key (say `wen` for `when`) would otherwise turn a situational material into one demanded of
 * every applicant, and nobody would notice. Adding a field is therefore a format change that
 * goes with a catalog/protocol version bump.
 */

export const ITEM_KINDS = ['行政许可', '行政备案', '公共服务'] as const;
export const LIMIT_UNITS = ['workday', 'day', 'month'] as const;
export const HANDLINGS = ['instant', 'promise'] as const;
export const TOLERANCE_CLASSES = ['A', 'B'] as const;
export const APPROVAL_TIERS = ['window', 'section', 'leader', 'meeting'] as const;
export const HANDLING_MODES = [
  '现场一次办好',
  '网上一次办好',
  '网上受理现场取件',
  '现场受理证照邮寄',
] as const;
export const MATERIAL_FORMS = ['original', 'copy', 'electronic'] as const;

/** Item codes and material ids: printable ASCII without spaces, so they are safe as keys and in numbers. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Situation keys are kebab-case words (`by-agent`); labels are what officers read. */
export const SITUATION_KEY_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const text = z.string().min(1);

export const itemKindSchema = z.enum(ITEM_KINDS);
export const limitUnitSchema = z.enum(LIMIT_UNITS);
export const handlingSchema = z.enum(HANDLINGS);
export const toleranceClassSchema = z.enum(TOLERANCE_CLASSES);
export const approvalTierSchema = z.enum(APPROVAL_TIERS);
export const handlingModeSchema = z.enum(HANDLING_MODES);
export const materialFormSchema = z.enum(MATERIAL_FORMS);
export const situationKeySchema = z.string().regex(SITUATION_KEY_PATTERN);
export const itemCodeSchema = z.string().regex(CODE_PATTERN);
export const materialIdSchema = z.string().regex(CODE_PATTERN);

export const materialSchema = z.strictObject({
  id: materialIdSchema,
  name: text,
  /** 要件: can never be missing, not even under tolerance. */
  essential: z.boolean(),
  form: materialFormSchema,
  copies: z.int().min(1),
  /** Needed only when this situation (情形) applies; absent = always needed. */
  when: situationKeySchema.optional(),
  note: z.string().optional(),
});

export const legalLimitSchema = z.strictObject({
  value: z.int().min(0),
  unit: limitUnitSchema,
});

export const feeSchema = z.strictObject({
  amount: z.number().min(0),
  note: z.string(),
});

export const itemSchema = z.strictObject({
  code: itemCodeSchema,
  name: text,
  department: text,
  section: text,
  kind: itemKindSchema,
  /** 法定时限. */
  legalLimit: legalLimitSchema,
  /** 承诺时限 in working days counted from the day after acceptance. */
  promisedWorkdays: z.int().min(0),
  handling: handlingSchema,
  toleranceClass: toleranceClassSchema,
  tier: approvalTierSchema,
  fee: feeSchema,
  modes: z.array(handlingModeSchema).min(1),
  result: text,
  materials: z.array(materialSchema).min(1),
  source: z.string().optional(),
  inferredFields: z.array(z.string()).optional(),
});

export const catalogSchema = z.strictObject({
  catalogVersion: text,
  hall: text,
  authority: text,
  situations: z.record(situationKeySchema, text),
  items: z.array(itemSchema).min(1),
  notes: z.string().optional(),
});

export type ItemKind = z.infer<typeof itemKindSchema>;
export type LimitUnit = z.infer<typeof limitUnitSchema>;
export type Handling = z.infer<typeof handlingSchema>;
export type ToleranceClass = z.infer<typeof toleranceClassSchema>;
export type ApprovalTier = z.infer<typeof approvalTierSchema>;
export type HandlingMode = z.infer<typeof handlingModeSchema>;
export type MaterialForm = z.infer<typeof materialFormSchema>;
export type SituationKey = z.infer<typeof situationKeySchema>;
export type LegalLimit = z.infer<typeof legalLimitSchema>;
export type Fee = z.infer<typeof feeSchema>;
export type Material = z.infer<typeof materialSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
