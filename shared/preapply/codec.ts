import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { findItem, itemCodeSchema, situationKeySchema, type Catalog, type Item } from '../catalog';
import { askedSituations, idTypeSchema, isoDateSchema, type IdType } from '../domain';
import { base45Decode, base45Encode } from './base45';
import type { Said } from './party-checks';

/**
 * The pre-application code (预填码): what an applicant filled in on the central server's public
 * page, carried whole in a QR code so that a village service room without a network reads it.
 *
 *   OWP1.<Base45 of (JSON array ‖ 4-byte check)>
 *
 * `OWP` + the format version, then the fields as a positional JSON array (no key names) in Base45,
 * which a QR code stores in its compact alphanumeric mode; the check is the first 4 bytes of the
 * SHA-256 of the prefix and the JSON, so a code read half or edited by hand is refused.
 */
export const PREAPPLY_TAG = 'OWP';
export const PREAPPLY_VERSION = 1;
export const PREAPPLY_PREFIX = `${PREAPPLY_TAG}${PREAPPLY_VERSION}.`;
const CHECK_BYTES = 4;

/** Format 1's numbers for the ID types: never reordered (a new type goes at the end). */
const ID_TYPE_CODES: readonly IdType[] = [
  'resident-id',
  'hk-mo-permit',
  'tw-permit',
  'residence-permit',
  'passport',
  'uscc',
  'other',
];

const partyFields = {
  idType: idTypeSchema,
  idNumber: z.string().min(1).max(30),
  name: z.string().min(1).max(60),
  phone: z.string().min(1).max(24),
};

/** A pre-application as decoded: the checks of the page (ID checksums…) were made when it was made. */
export const preApplicationSchema = z.strictObject({
  catalogVersion: z.string().min(1).max(64),
  itemCode: itemCodeSchema,
  /** The situations the applicant ticked; 委托代理人办理 is not among them: it follows `agent`. */
  situations: z.array(situationKeySchema).max(16),
  /** The hall's date the code was made. */
  madeOn: isoDateSchema,
  applicant: z.strictObject({
    kind: z.enum(['person', 'organisation']),
    ...partyFields,
    address: z.string().max(100),
  }),
  agent: z.strictObject(partyFields).optional(),
});
export type PreApplication = z.infer<typeof preApplicationSchema>;

const idTypeCode = z
  .int()
  .min(0)
  .max(ID_TYPE_CODES.length - 1);
const wireDate = z
  .int()
  .min(20000101)
  .max(99991231)
  .transform((n) => `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6)}`)
  .pipe(isoDateSchema);
const wireAgent = z.tuple([idTypeCode, z.string(), z.string(), z.string()]);
/** [catalog version, item, situations, yyyymmdd, 0 person | 1 organisation, id type, id, name, phone, address, agent | 0] */
const wireSchema = z.tuple([
  z.string(),
  z.string(),
  z.array(z.string()),
  wireDate,
  z.union([z.literal(0), z.literal(1)]),
  idTypeCode,
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.union([z.literal(0), wireAgent]),
]);

function idTypeOf(code: number): IdType {
  return ID_TYPE_CODES[code] ?? 'other';
}

function check(prefix: string, json: Uint8Array): Uint8Array {
  return sha256(concatBytes(utf8ToBytes(prefix), json)).slice(0, CHECK_BYTES);
}

/** The QR text of a pre-application (validated first: a bad one is a programming error and throws). */
export function encodePreApplication(input: PreApplication): string {
  const p = preApplicationSchema.parse(input);
  const a = p.applicant;
  const wire = [
    p.catalogVersion,
    p.itemCode,
    p.situations,
    Number(p.madeOn.replaceAll('-', '')),
    a.kind === 'person' ? 0 : 1,
    ID_TYPE_CODES.indexOf(a.idType),
    a.idNumber,
    a.name,
    a.phone,
    a.address,
    p.agent ? [ID_TYPE_CODES.indexOf(p.agent.idType), p.agent.idNumber, p.agent.name, p.agent.phone] : 0,
  ];
  const json = utf8ToBytes(JSON.stringify(wire));
  return PREAPPLY_PREFIX + base45Encode(concatBytes(json, check(PREAPPLY_PREFIX, json)));
}

export const PREAPPLY_ERROR_CODES = [
  'not-preapplication',
  'version',
  'damaged',
  'checksum',
  'format',
  'unknown-item',
  'catalog-mismatch',
] as const;
export type PreApplyErrorCode = (typeof PREAPPLY_ERROR_CODES)[number];
export type PreApplyFailure = { ok: false; code: PreApplyErrorCode; reason: Said };

function refuse(code: PreApplyErrorCode, zh: string, en: string): PreApplyFailure {
  return { ok: false, code, reason: { zh, en } };
}

const TAGGED = new RegExp(`^${PREAPPLY_TAG}(\\d{1,3})\\.`);

/** Whether a scanned text claims to be a pre-application code (of any version, even damaged). */
export function isPreApplicationCode(text: string): boolean {
  return TAGGED.test(text.trim().toUpperCase());
}

/** UTF-8 bytes back to text; undefined for a byte sequence that is not UTF-8. */
function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return decodeURIComponent([...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return undefined;
  }
}

/**
 * Reads a scanned pre-application code. Upper-cases first (a scanner typing with Caps Lock on);
 * every refusal says what is wrong in both languages: another kind of code, a format version
 * this counter does not know, a damaged or altered code, or contents that do not fit the format.
 */
export function decodePreApplication(scanned: string): { ok: true; value: PreApplication } | PreApplyFailure {
  const text = scanned.trim().toUpperCase();
  const tagged = TAGGED.exec(text);
  if (!tagged) return refuse('not-preapplication', '不是预填码', 'Not a pre-application code');
  const version = Number(tagged[1]);
  if (version !== PREAPPLY_VERSION)
    return refuse(
      'version',
      `预填码格式版本 ${version} 本机不支持（支持版本 ${PREAPPLY_VERSION}）：请更新一窗受理，或现场填写`,
      `Pre-application code format ${version} is not supported here (this counter reads ${PREAPPLY_VERSION}): update OneWindow or fill in the form at the window`,
    );
  const bytes = base45Decode(text.slice(tagged[0].length));
  if (!bytes || bytes.length <= CHECK_BYTES)
    return refuse(
      'damaged',
      '预填码不完整或已损坏：请重新扫描',
      'The pre-application code is incomplete or damaged: scan it again',
    );
  const json = bytes.slice(0, bytes.length - CHECK_BYTES);
  const expected = check(tagged[0], json);
  if (!expected.every((b, i) => b === bytes[json.length + i]))
    return refuse(
      'checksum',
      '预填码校验不通过（扫描不全或内容被改动）：请重新扫描，仍不通过请申请人重新预填',
      'The pre-application code fails its check (read partly or altered): scan it again, or ask the applicant to fill it in again',
    );
  const formatError = refuse(
    'format',
    '预填码内容格式不正确：请申请人重新预填',
    'The pre-application code’s contents are malformed: ask the applicant to fill it in again',
  );
  let raw: unknown;
  try {
    raw = JSON.parse(utf8Text(json) ?? '');
  } catch {
    return formatError;
  }
  const wire = wireSchema.safeParse(raw);
  if (!wire.success) return formatError;
  const [catalogVersion, itemCode, situations, madeOn, kind, idType, idNumber, name, phone, address, agent] =
    wire.data;
  const parsed = preApplicationSchema.safeParse({
    catalogVersion,
    itemCode,
    situations,
    madeOn,
    applicant: {
      kind: kind === 0 ? 'person' : 'organisation',
      idType: idTypeOf(idType),
      idNumber,
      name,
      phone,
      address,
    },
    ...(agent === 0
      ? {}
      : { agent: { idType: idTypeOf(agent[0]), idNumber: agent[1], name: agent[2], phone: agent[3] } }),
  });
  return parsed.success ? { ok: true, value: parsed.data } : formatError;
}

export interface MatchedPreApplication {
  item: Item;
  /** The situations to tick (委托代理人办理 follows the agent, as at the counter). */
  situations: string[];
  /** The code was made under another catalog version whose item still asks the same. */
  otherCatalog: boolean;
}

/**
 * The pre-application against the counter's catalog. A code made under another catalog version
 * is taken when its item is still there and asks every situation the applicant answered (the
 * officer checks the situations step anyway); otherwise it is refused, saying both versions.
 */
export function matchPreApplication(
  pre: PreApplication,
  catalog: Pick<Catalog, 'catalogVersion' | 'items'>,
): { ok: true; value: MatchedPreApplication } | PreApplyFailure {
  const otherCatalog = pre.catalogVersion !== catalog.catalogVersion;
  const versions = otherCatalog
    ? {
        zh: `（预填时目录版本 ${pre.catalogVersion}，本机 ${catalog.catalogVersion}）`,
        en: ` (filled in under catalog ${pre.catalogVersion}, this counter has ${catalog.catalogVersion})`,
      }
    : { zh: '', en: '' };
  const item = findItem(catalog, pre.itemCode);
  if (!item)
    return refuse(
      'unknown-item',
      `本机事项目录中没有预填的事项 ${pre.itemCode}${versions.zh}：请联网更新目录，或现场选择事项`,
      `The pre-filled item ${pre.itemCode} is not in this counter’s catalog${versions.en}: update the catalog or choose the item at the window`,
    );
  const asked = askedSituations(item);
  const stray = pre.situations.filter((s) => !asked.includes(s));
  if (stray.length > 0)
    return refuse(
      'catalog-mismatch',
      `预填的情形与本机事项目录不一致${versions.zh}：请联网更新目录，或现场勾选情形`,
      `The pre-filled situations do not match this counter’s catalog${versions.en}: update the catalog or tick the situations at the window`,
    );
  return { ok: true, value: { item, situations: [...pre.situations], otherCatalog } };
}
