import { z } from 'zod';
import { idTypeSchema, pageTurnSchema, sha256HexSchema } from '../../../shared/domain';

/**
 * The intake in progress, as the wizard edits it and as it is saved to Dexie `drafts` on every
 * change. What is typed stays as typed (normalised only when the case is made), so a half-typed
 * ID number survives a reload exactly. Read back through `parseIntakeDraft`: a row written by an
 * older version of the counter may not fit, and is then dropped rather than half-restored.
 */
export const INTAKE_STEPS = ['applicant', 'item', 'situations', 'materials', 'confirm'] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];

const partySchema = z.object({
  idType: idTypeSchema,
  idNumber: z.string().max(64),
  name: z.string().max(200),
  phone: z.string().max(40),
});

export const intakeDraftSchema = z.object({
  version: z.literal(1),
  step: z.enum(INTAKE_STEPS),
  applicant: partySchema.extend({
    kind: z.enum(['person', 'organisation']),
    address: z.string().max(200),
  }),
  hasAgent: z.boolean(),
  agent: partySchema,
  /** '' until an item is chosen. */
  itemCode: z.string().max(64),
  /** Situation keys the officer ticked (by-agent is derived from the agent, see intake-plan.ts). */
  situations: z.array(z.string().max(64)),
  /** Ids of the materials ticked as received. */
  received: z.array(z.string().max(64)),
  /** Pages (blob sha256, in page order) attached to each material; a draft saved before pages had none. */
  pages: z.record(z.string().max(64), z.array(sha256HexSchema)).default({}),
  /** Pages turned before confirmation (clockwise, by blob); recorded as pagesArranged with the case. */
  turns: z.record(sha256HexSchema, pageTurnSchema).default({}),
  startedAt: z.string(),
});
export type IntakeDraft = z.infer<typeof intakeDraftSchema>;
export type PartyDraft = IntakeDraft['agent'];
export type ApplicantDraft = IntakeDraft['applicant'];

export function emptyDraft(startedAt: string): IntakeDraft {
  return {
    version: 1,
    step: 'applicant',
    applicant: { kind: 'person', idType: 'resident-id', idNumber: '', name: '', phone: '', address: '' },
    hasAgent: false,
    agent: { idType: 'resident-id', idNumber: '', name: '', phone: '' },
    itemCode: '',
    situations: [],
    received: [],
    pages: {},
    turns: {},
    startedAt,
  };
}

export function parseIntakeDraft(content: unknown): IntakeDraft | undefined {
  const parsed = intakeDraftSchema.safeParse(content);
  return parsed.success ? parsed.data : undefined;
}
