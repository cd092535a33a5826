import type { MaterialForm } from '../catalog/schema';
import type { ApprovalStep } from './approval';
import type { Credit } from './credit';
import { PAUSE_KIND_LABELS } from './event-payloads';
import type {
  Agent,
  Applicant,
  CaseDocumentKind,
  DeliveredPayload,
  EvaluationLevel,
  Meeting,
  NamedMaterial,
  PageRotation,
  PauseKind,
  RefusalReason,
  ReviewDecision,
} from './event-payloads';
import type { CaseEventType } from './events';
import type { ItemSnapshot } from './item-snapshot';

/**
 * Where a case is (办件状态). Transitions (event → new status), checked by `checkEvent`:
 *
 *   (none) ─registered→ registered
 *   registered | notified-missing ─notifiedMissing→ notified-missing
 *                                 ─accepted→ accepted
 *                                 ─refused→ refused ■
 *   accepted ─routed→ in-review (first step)           [back-office tiers]
 *   accepted ─approved / denied→ approved / denied     [window tier]
 *   in-review ─reviewed approve→ in-review (next step; stays at the top step)
 *             ─reviewed return→ in-review (step below) | accepted (from the first step: returned to
 *                the window's queue with the opinion; it may take materials again, then routed or withdrawn)
 *             ─reviewed escalate→ in-review (ladder step above the top of the route)
 *             ─approved / denied→ approved / denied    [at the top step, by its holder]
 *   accepted | in-review ─paused→ paused ─resumed→ (back where it was)
 *   approved ─certificateIssued→ certified
 *   approved | certified | denied ─delivered→ delivered ■
 *   accepted | in-review | paused ─terminated→ terminated ■   [tolerance deadline missed]
 *   every status before a decision ─withdrawn→ withdrawn ■
 *   registered | notified-missing | refused | accepted | in-review ─voided→ voided ■
 *     [by its registering officer, before any back-office review: a registration made by mistake]
 *
 * Tolerance (容缺) is not a status: a tolerance case goes to the back office at once while its
 * materials are outstanding (that is the point of 容缺). `tolerated` holds them; approval and the
 * certificate wait until every one is supplied. evaluated, note and documentPrinted are allowed
 * in every status and do not change it. ■ = no further change of status.
 */
export const CASE_STATUSES = [
  'registered',
  'notified-missing',
  'refused',
  'withdrawn',
  'accepted',
  'in-review',
  'paused',
  'approved',
  'denied',
  'certified',
  'delivered',
  'terminated',
  'voided',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  registered: '已收件',
  'notified-missing': '已一次性告知',
  refused: '不予受理',
  withdrawn: '已撤回',
  accepted: '已受理',
  'in-review': '审批中',
  paused: '暂停计时',
  approved: '准予许可',
  denied: '不予许可',
  certified: '已制证',
  delivered: '已送达',
  terminated: '已终止',
  voided: '已作废',
};

/**
 * The status as said to a person who has the case: a reviewer's 补正 pause is 补正中 (the
 * applicant owes materials), a §45 step is 特别程序中 with its kind; CASE_STATUS_LABELS names
 * `paused` only as 暂停计时, for lists that know the status alone.
 */
export function caseStatusLabel(state: Pick<CaseState, 'status' | 'dates'>): string {
  const pause = state.status === 'paused' ? state.dates.pauses.at(-1) : undefined;
  if (!pause) return CASE_STATUS_LABELS[state.status];
  return pause.kind === 'correction' ? '补正中' : `特别程序中（${PAUSE_KIND_LABELS[pause.kind]}）`;
}

/** Statuses in which nothing but evaluated, note and documentPrinted can happen any more. */
export const FINAL_STATUSES: readonly CaseStatus[] = [
  'refused',
  'withdrawn',
  'delivered',
  'terminated',
  'voided',
];

export type ReceivedMaterial = {
  materialId: string;
  name: string;
  copies: number;
  form: MaterialForm;
  /** Scans of this material (sha256), in page order (as last received or arranged). */
  blobs: string[];
  /** Pages shown turned (pagesArranged), by blob; only turned pages, absent when none is. */
  rotation?: PageTurns;
  /** When it was last recorded (event `at`). */
  receivedAt: string;
};

/** Clockwise turns of pages by blob; a page at 0° has no entry. */
export type PageTurns = Record<string, Exclude<PageRotation, 0>>;

/** The turned pages among `pages`, or undefined when none is turned. */
export function pageTurns(
  pages: ReadonlyArray<{ blob: string; rotation: PageRotation }>,
): PageTurns | undefined {
  const turns: PageTurns = {};
  for (const { blob, rotation } of pages) if (rotation !== 0) turns[blob] = rotation;
  return Object.keys(turns).length > 0 ? turns : undefined;
}

export type ToleratedMaterial = NamedMaterial & { suppliedOn?: string };

export type PauseRecord = {
  kind: PauseKind;
  reason: string;
  from: string;
  to?: string;
  /** A tolerance case's grace pause (逾期暂停): it may be terminated after this day. */
  graceUntil?: string;
};

export type ReviewRecord = {
  step: ApprovalStep;
  decision: ReviewDecision;
  opinion: string;
  meeting?: Meeting;
  actor: string;
  at: string;
};

export type DecisionRecord = {
  outcome: 'approved' | 'denied';
  decisionNumber: string;
  decidedOn: string;
  reasons?: string;
  validity?: { from: string; until: string };
  actor: string;
};

/** One print job of a paper of the case (打印文书): who sent it to the printer, when, how many copies. */
export type PrintRecord = {
  kind: CaseDocumentKind;
  documentNumber?: string;
  copies: number;
  reprint: boolean;
  actor: string;
  at: string;
};

export type IgnoredEvent = { eventId: string; type: CaseEventType; reasons: string[] };

/**
 * The state of one case: a plain JSON value (the server stores it as its projection; the UI
 * renders it). Optional fields are absent, never `undefined`, so a JSON round trip is exact.
 */
export type CaseState = {
  caseId: string;
  caseNumber: string;
  queryCode?: string;
  status: CaseStatus;
  /** The officer who registered the case at the window (收件人): the daily log's 经办人. */
  registeredBy: string;
  applicant: Applicant;
  agent?: Agent;
  item: ItemSnapshot;
  windowCode: string;
  situations: string[];
  credit: Credit;
  /** Received materials by material id. */
  materials: Record<string, ReceivedMaterial>;
  /** Materials accepted as missing under tolerance; outstanding until `suppliedOn` is set. */
  tolerated: ToleratedMaterial[];
  dates: {
    registeredAt: string;
    /** The date in the case number: the day the case was registered. */
    registeredOn: string;
    notifiedOn?: string;
    acceptedOn?: string;
    promisedDate?: string;
    supplyDeadline?: string;
    /** Counted over a year without an entered holiday schedule: shown as 预计, never rewritten. */
    promiseProvisional?: true;
    supplyProvisional?: true;
    pauses: PauseRecord[];
  };
  notice?: { missing: NamedMaterial[]; notifiedOn: string; documentNumber?: string };
  acceptanceDocument?: string;
  refusal?: { reason: RefusalReason; text: string; documentNumber?: string };
  approval: {
    /** The steps this case climbs; starts as its tier's route, grows by escalation. */
    route: ApprovalStep[];
    /** Absent while the case is at the window. */
    currentStep?: ApprovalStep;
    reviews: ReviewRecord[];
  };
  decision?: DecisionRecord;
  certificate?: { certificateNumber: string; issuedOn: string; validUntil?: string };
  delivery?: DeliveredPayload;
  evaluations: Array<{ level: EvaluationLevel; comment?: string; at: string }>;
  termination?: { reason: 'tolerance-deadline-missed'; on: string; text?: string };
  withdrawal?: { on: string; reason?: string };
  /** 作废: registered by mistake; who voided it, when and why (the case stays in the record). */
  voiding?: { on: string; reason: string; actor: string; at: string };
  notes: Array<{ text: string; actor: string; at: string }>;
  /** Every print and reprint of the case's papers, in log order. */
  prints: PrintRecord[];
  /**
   * Events that reached the reducer but could not apply (another case, or not allowed from the
   * status they met). Kept visible, never applied: state stays what the valid events make it.
   */
  ignored: IgnoredEvent[];
  /** `at` of the last applied event. */
  lastEventAt: string;
  /** Number of applied events. */
  eventCount: number;
};

/** Tolerated materials not yet supplied, in the order they were tolerated. */
export function outstandingTolerated(state: CaseState): ToleratedMaterial[] {
  return state.tolerated.filter((m) => m.suppliedOn === undefined);
}

/** The top step of the case's route (who decides), or undefined for window items. */
export function finalStep(state: CaseState): ApprovalStep | undefined {
  return state.approval.route.at(-1);
}
