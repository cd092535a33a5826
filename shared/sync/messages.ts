import { z } from 'zod';
import { caseEventSchema, deviceIdSchema, isoDateTimeSchema, sha256HexSchema, uuidV7Schema } from '../domain';
import { counterCodeSchema } from '../hall';

/**
 * Requests and replies of the sync protocol (ARCHITECTURE.md "Sync protocol"). Every reply is
 * `{ ok: true, value }` or `{ ok: false, error }`; these schemas describe `value` and the request
 * bodies. Both sides parse with them: the server what it receives, the client what it is sent.
 */

// ---- Enrollment -----------------------------------------------------------------------------

/** What a device is: a window of the hall, or a village / community service room. */
export const DEVICE_KINDS = ['window', 'village'] as const;
export const deviceKindSchema = z.enum(DEVICE_KINDS);
export type DeviceKind = z.infer<typeof deviceKindSchema>;

/**
 * One-time enrollment codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * printed as XXXXX-XXXXX. Typing is forgiving: case, spaces and hyphens do not matter.
 */
export const ENROLLMENT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ENROLLMENT_CODE_LENGTH = 10;

export function normalizeEnrollmentCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

export function formatEnrollmentCode(code: string): string {
  const c = normalizeEnrollmentCode(code);
  return `${c.slice(0, 5)}-${c.slice(5)}`;
}

export const enrollmentCodeSchema = z
  .string()
  .transform(normalizeEnrollmentCode)
  .pipe(z.string().regex(new RegExp(`^[${ENROLLMENT_CODE_ALPHABET}]{${ENROLLMENT_CODE_LENGTH}}$`)));

export const enrollRequestSchema = z.object({
  code: enrollmentCodeSchema,
  /** The id the device made for itself (it is in every event it has recorded). */
  deviceId: deviceIdSchema,
  /** A human name for the administrator's list, e.g. the PC's host name. */
  label: z.string().min(1).max(100).optional(),
});
export type EnrollRequest = z.input<typeof enrollRequestSchema>;

export const enrollReplySchema = z.object({
  deviceId: deviceIdSchema,
  /** The bearer token of every later request; shown once, kept by the device (safeStorage). */
  credential: z.string().min(20).max(200),
  hallId: z.string().min(1),
  kind: deviceKindSchema,
  counterCode: counterCodeSchema,
});
export type EnrollReply = z.infer<typeof enrollReplySchema>;

// ---- Push -----------------------------------------------------------------------------------

/**
 * The envelope the server needs to store, order and deduplicate an event. The whole event is
 * checked against `caseEventSchema` after that: one that fails it is STORED as rejected (with
 * the reason) instead of refusing the batch, so a malformed event never blocks the queue.
 */
export const pushedEventSchema = z.object({
  id: uuidV7Schema,
  caseId: z.uuid(),
  deviceId: deviceIdSchema,
  deviceSeq: z.int().min(1),
  actor: z.string().min(1).max(64),
  at: isoDateTimeSchema,
  type: z.string().min(1).max(64),
  payload: z.unknown(),
  blobs: z.array(sha256HexSchema).max(200),
  hash: sha256HexSchema,
});
export type PushedEvent = z.infer<typeof pushedEventSchema>;

export const pushRequestSchema = z.object({
  deviceId: deviceIdSchema,
  /** This device's events in deviceSeq order, without gaps; already stored ones are acked again. */
  events: z.array(z.unknown()).min(1),
});
export type PushRequest = { deviceId: string; events: readonly unknown[] };

export const rejectionSchema = z.object({
  id: z.string(),
  deviceSeq: z.int(),
  reasons: z.array(z.string()),
});
export type Rejection = z.infer<typeof rejectionSchema>;

export const pushReplySchema = z.object({
  /** Every event of this device up to this seq is committed (stored, accepted or rejected). */
  ackedThroughSeq: z.int().min(0),
  /** New events stored by this push (accepted or rejected); the rest were already there. */
  stored: z.int().min(0),
  /** Events of this push the server stored as rejected, with the guard's reasons (zh-CN). */
  rejected: z.array(rejectionSchema),
});
export type PushReply = z.infer<typeof pushReplySchema>;

/** Extra fields of a 409 push refusal, beside `code` and `message`. */
export const pushConflictSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** device-seq-gap: the seq the server expects next. */
  expectedSeq: z.int().min(1).optional(),
  /** event-conflict / device-seq-conflict: the event refused. */
  eventId: z.string().optional(),
});

// ---- Pull -----------------------------------------------------------------------------------

/** Opaque to the client: it stores the cursor a pull returns and sends it back. */
export const cursorSchema = z.string().regex(/^\d{1,18}$/);

export const pullQuerySchema = z.object({
  cursor: cursorSchema.default('0'),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** Versions of the reference data; a client refreshes what changed since its last pull. */
export const referenceVersionsSchema = z.object({
  /** The current catalog version, null before the first publication. */
  catalog: z.string().nullable(),
  /** Changes whenever the hall configuration, an officer or the credit list changes. */
  hall: z.string(),
});
export type ReferenceVersions = z.infer<typeof referenceVersionsSchema>;

export const pulledEventSchema = z.object({ serverSeq: z.int().min(1), event: caseEventSchema });
export type PulledEvent = z.infer<typeof pulledEventSchema>;

export const pullReplySchema = z.object({
  events: z.array(pulledEventSchema),
  /** Where the next pull starts; never past a row that was not yet committed. */
  cursor: cursorSchema,
  /** More events wait beyond this page: pull again at once. */
  more: z.boolean(),
  reference: referenceVersionsSchema,
});
export type PullReply = z.infer<typeof pullReplySchema>;

// ---- Blobs ----------------------------------------------------------------------------------

export const blobParamsSchema = z.object({ sha256: sha256HexSchema });

export const blobPutReplySchema = z.object({
  sha256: sha256HexSchema,
  size: z.int().min(0),
  /** 'existing': the server already held it (an idempotent retry). */
  stored: z.enum(['created', 'existing']),
});
export type BlobPutReply = z.infer<typeof blobPutReplySchema>;

// ---- Rejected events (supervisors) ----------------------------------------------------------

export const rejectedEventSchema = z.object({
  serverSeq: z.int(),
  receivedAt: isoDateTimeSchema,
  id: z.string(),
  caseId: z.string(),
  deviceId: z.string(),
  deviceSeq: z.int(),
  actor: z.string(),
  at: z.string(),
  type: z.string(),
  reasons: z.array(z.string()),
});
export type RejectedEvent = z.infer<typeof rejectedEventSchema>;

export const rejectedReplySchema = z.object({ events: z.array(rejectedEventSchema) });

// ---- The public progress query --------------------------------------------------------------

export const progressQuerySchema = z.object({ code: z.string().regex(/^[0-9A-Za-z]{4,12}$/) });

export const progressSchema = z.object({
  caseNumber: z.string(),
  itemName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  /** Masked: 张** / 420302********0010. */
  applicantName: z.string(),
  applicantId: z.string(),
  registeredOn: z.string(),
  acceptedOn: z.string().optional(),
  promisedDate: z.string().optional(),
  decidedOn: z.string().optional(),
  lastEventAt: z.string(),
  /** A one-time notice's materials: what the applicant is to bring. */
  missing: z.array(z.string()).optional(),
  /** A reviewer's 补正: since when, and what is asked (the reviewer's words). */
  correction: z.object({ since: z.string(), asked: z.string() }).optional(),
  /** The hall that has the case, to call or visit. */
  hall: z.object({ name: z.string(), phone: z.string(), address: z.string() }).optional(),
});
export type Progress = z.infer<typeof progressSchema>;
