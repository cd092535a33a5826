import { z } from 'zod';
import {
  acceptedPayloadSchema,
  approvedPayloadSchema,
  certificateIssuedPayloadSchema,
  deliveredPayloadSchema,
  deniedPayloadSchema,
  documentPrintedPayloadSchema,
  evaluatedPayloadSchema,
  materialReceivedPayloadSchema,
  materialRemovedPayloadSchema,
  notePayloadSchema,
  notifiedMissingPayloadSchema,
  pagesArrangedPayloadSchema,
  pausedPayloadSchema,
  refusedPayloadSchema,
  registeredPayloadSchema,
  resumedPayloadSchema,
  reviewedPayloadSchema,
  routedPayloadSchema,
  supplementedPayloadSchema,
  terminatedPayloadSchema,
  voidedPayloadSchema,
  withdrawnPayloadSchema,
} from './event-payloads';
import {
  caseIdSchema,
  deviceIdSchema,
  isoDateTimeSchema,
  officerIdSchema,
  sha256HexSchema,
  uuidV7Schema,
} from './primitives';

/**
 * A case (办件) is an append-only list of these events; its state is `applyEvent` folded over
 * them (ARCHITECTURE.md "Data: an event log per case"). The envelope is the same for every type:
 * - id: UUIDv7 made on the device; the sync layer's idempotency key;
 * - deviceId + deviceSeq: the device's gapless counter (from 1), so the server sees holes;
 * - actor: the officer's id; the role they acted in is checked by `checkEvent`;
 * - at: the device clock, with the hall's offset;
 * - blobs: every scan/photo (sha256 hex) the event refers to, so sync uploads them first;
 * - hash: `eventHash` of the event without `hash` (RFC 8785 canonical JSON, sha256).
 */
const envelope = {
  id: uuidV7Schema,
  caseId: caseIdSchema,
  deviceId: deviceIdSchema,
  deviceSeq: z.int().min(1),
  actor: officerIdSchema,
  at: isoDateTimeSchema,
  blobs: z.array(sha256HexSchema),
  hash: sha256HexSchema,
};

function eventSchema<const T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.strictObject({ ...envelope, type: z.literal(type), payload });
}

export const registeredEventSchema = eventSchema('registered', registeredPayloadSchema);
export const materialReceivedEventSchema = eventSchema('materialReceived', materialReceivedPayloadSchema);
export const materialRemovedEventSchema = eventSchema('materialRemoved', materialRemovedPayloadSchema);
export const acceptedEventSchema = eventSchema('accepted', acceptedPayloadSchema);
export const notifiedMissingEventSchema = eventSchema('notifiedMissing', notifiedMissingPayloadSchema);
export const refusedEventSchema = eventSchema('refused', refusedPayloadSchema);
export const supplementedEventSchema = eventSchema('supplemented', supplementedPayloadSchema);
export const routedEventSchema = eventSchema('routed', routedPayloadSchema);
export const reviewedEventSchema = eventSchema('reviewed', reviewedPayloadSchema);
export const pausedEventSchema = eventSchema('paused', pausedPayloadSchema);
export const resumedEventSchema = eventSchema('resumed', resumedPayloadSchema);
export const approvedEventSchema = eventSchema('approved', approvedPayloadSchema);
export const deniedEventSchema = eventSchema('denied', deniedPayloadSchema);
export const certificateIssuedEventSchema = eventSchema('certificateIssued', certificateIssuedPayloadSchema);
export const deliveredEventSchema = eventSchema('delivered', deliveredPayloadSchema);
export const evaluatedEventSchema = eventSchema('evaluated', evaluatedPayloadSchema);
export const terminatedEventSchema = eventSchema('terminated', terminatedPayloadSchema);
export const withdrawnEventSchema = eventSchema('withdrawn', withdrawnPayloadSchema);
export const noteEventSchema = eventSchema('note', notePayloadSchema);
export const documentPrintedEventSchema = eventSchema('documentPrinted', documentPrintedPayloadSchema);
export const pagesArrangedEventSchema = eventSchema('pagesArranged', pagesArrangedPayloadSchema);
export const voidedEventSchema = eventSchema('voided', voidedPayloadSchema);

export const caseEventSchema = z.discriminatedUnion('type', [
  registeredEventSchema,
  materialReceivedEventSchema,
  materialRemovedEventSchema,
  acceptedEventSchema,
  notifiedMissingEventSchema,
  refusedEventSchema,
  supplementedEventSchema,
  routedEventSchema,
  reviewedEventSchema,
  pausedEventSchema,
  resumedEventSchema,
  approvedEventSchema,
  deniedEventSchema,
  certificateIssuedEventSchema,
  deliveredEventSchema,
  evaluatedEventSchema,
  terminatedEventSchema,
  withdrawnEventSchema,
  noteEventSchema,
  documentPrintedEventSchema,
  pagesArrangedEventSchema,
  voidedEventSchema,
]);

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
export type PayloadOf<T extends CaseEventType> = EventOf<T>['payload'];

/** Omit over each member of a union (plain Omit would merge the members). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before `sealEvent` adds its hash. */
export type UnsealedCaseEvent = DistributiveOmit<CaseEvent, 'hash'>;

export const EVENT_TYPES = [
  'registered',
  'materialReceived',
  'materialRemoved',
  'accepted',
  'notifiedMissing',
  'refused',
  'supplemented',
  'routed',
  'reviewed',
  'paused',
  'resumed',
  'approved',
  'denied',
  'certificateIssued',
  'delivered',
  'evaluated',
  'terminated',
  'withdrawn',
  'note',
  'documentPrinted',
  'pagesArranged',
  'voided',
] as const satisfies readonly CaseEventType[];

/** What officers call each event (daily log, history view, guard messages). */
export const EVENT_TYPE_LABELS: Readonly<Record<CaseEventType, string>> = {
  registered: '收件登记',
  materialReceived: '收取材料',
  materialRemoved: '退还材料',
  accepted: '受理',
  notifiedMissing: '一次性告知',
  refused: '不予受理',
  supplemented: '补齐材料',
  routed: '转办',
  reviewed: '审核',
  paused: '暂停计时（补正或特别程序）',
  resumed: '恢复计时',
  approved: '准予许可',
  denied: '不予许可',
  certificateIssued: '制发证照',
  delivered: '送达',
  evaluated: '评价',
  terminated: '终止办理',
  withdrawn: '撤回申请',
  note: '备注',
  documentPrinted: '打印文书',
  pagesArranged: '整理材料页面',
  voided: '作废',
};

/** Parses data that claims to be an event (from sync, the database, a file). */
export function parseCaseEvent(
  json: unknown,
): { ok: true; value: CaseEvent } | { ok: false; error: z.ZodError } {
  const parsed = caseEventSchema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: parsed.error };
}
