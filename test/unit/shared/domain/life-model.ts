import { situationsOf } from '../../../../shared/catalog';
import {
  applyEvent,
  checkEvent,
  CREDITS,
  evaluateIntake,
  FINAL_STATUSES,
  outstandingTolerated,
  PAUSE_KINDS,
  planAcceptance,
  planResumption,
  REVIEW_DECISIONS,
  rolesFor,
  type CaseEvent,
  type CaseEventType,
  type CaseState,
  type PayloadOf,
} from '../../../../shared/domain';
import type { Role } from '../../../../shared/hall/roles';
import { calendar, CaseScript, demoItem, registeredPayload } from './fixtures';

/**
 * A small command model of a case's life. At each step it lists the events that make sense now
 * (with dates computed from the hall calendar), keeps only those the guard accepts for the role
 * that would record them, and lets the test's random numbers pick one. So every generated log is
 * one that a correct device could have written, from intake to delivery or an early end.
 */

export const MODEL_ITEMS = [
  'KFQ-SJ-001', // A, instant, window, two situations
  'KFQ-SJ-003', // A, promise, window
  'KFQ-JS-002', // B, section, legal limit in days
  'KFQ-JS-003', // A, meeting, situation
  'KFQ-JS-004', // B, leader, four tolerable materials
  'KFQ-JS-014', // B, meeting
] as const;

export type LifeStep = { event: CaseEvent; role: Role };

type Draft = { [T in CaseEventType]: { type: T; payload: PayloadOf<T>; blobs?: string[] } }[CaseEventType];

function draft<T extends CaseEventType>(type: T, payload: PayloadOf<T>, blobs?: string[]): Draft {
  return { type, payload, ...(blobs ? { blobs } : {}) } as Draft;
}

/** Two scanned pages of a material (stand-in hashes, the same for a material in every life). */
function scansOf(materialId: string): string[] {
  const hex = [...materialId].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return ['1', '2'].map((n) => `${n}${hex}`.padEnd(64, '0').slice(0, 64));
}

/** The received material's pages rearranged: reversed, the first turned, the last off when there are three. */
function rearranged(state: CaseState, today: string): Draft[] {
  const material = Object.values(state.materials).find((m) => m.blobs.length > 0);
  if (!material || FINAL_STATUSES.includes(state.status)) return [];
  const turn = ([90, 180, 270, 0] as const)[today.charCodeAt(9) % 4] ?? 0;
  const pages = [...material.blobs]
    .reverse()
    .slice(0, material.blobs.length > 2 ? -1 : undefined)
    .map((blob, i) => ({ blob, rotation: i === 0 ? turn : 0 }));
  return [
    draft(
      'pagesArranged',
      { materialId: material.materialId, pages },
      pages.map((p) => p.blob),
    ),
  ];
}

function named(state: CaseState, ids: readonly string[]): Array<{ materialId: string; name: string }> {
  return ids.map((id) => ({
    materialId: id,
    name: state.item.materials.find((m) => m.id === id)?.name ?? id,
  }));
}

function candidates(state: CaseState, today: string, at: string): Draft[] {
  const out: Draft[] = [
    draft('note', { text: '电子监察抽查' }),
    draft('evaluated', { level: 2 }),
    draft('documentPrinted', {
      kind: state.status === 'refused' ? 'refusal' : 'receipt',
      copies: 1 + (today.charCodeAt(9) % 2),
      reprint: state.prints.length > 0,
    }),
  ];
  const intake = evaluateIntake(state.item, {
    received: Object.keys(state.materials),
    situations: state.situations,
    credit: state.credit,
  });
  const outstanding = outstandingTolerated(state);
  const deadline = state.dates.supplyDeadline;
  // A registration made by mistake; the guard keeps it to the registrant before any review.
  out.push(draft('voided', { reason: '登记错误：申请人选错', on: today }));
  switch (state.status) {
    case 'registered':
    case 'notified-missing': {
      for (const m of intake.missing)
        out.push(draft('materialReceived', { materialId: m.id, blobs: scansOf(m.id) }, scansOf(m.id)));
      const someReceived = Object.keys(state.materials)[0];
      if (someReceived) out.push(draft('materialRemoved', { materialId: someReceived }));
      if (intake.outcome !== 'notify-missing') {
        const tolerated = intake.missingTolerable.map((m) => m.id);
        const plan = planAcceptance(state.item, today, { tolerated }, calendar);
        out.push(draft('accepted', { acceptedOn: today, ...plan, tolerated: named(state, tolerated) }));
      }
      if (intake.outcome !== 'accept')
        out.push(
          draft('notifiedMissing', {
            missing: named(
              state,
              intake.missing.map((m) => m.id),
            ),
            notifiedOn: today,
          }),
        );
      out.push(
        draft('refused', {
          reason: { kind: 'other-authority', authority: '十堰市住建局' },
          text: '不属本机关职权',
        }),
      );
      out.push(draft('withdrawn', { on: today }));
      break;
    }
    case 'accepted':
    case 'in-review': {
      const step = state.approval.currentStep;
      const first = state.approval.route[0];
      if (state.status === 'accepted' && first) out.push(draft('routed', { to: first }));
      if (step)
        for (const decision of REVIEW_DECISIONS)
          out.push(
            draft('reviewed', {
              step,
              decision,
              opinion: '审核意见',
              ...(step === 'meeting' ? { meeting: { date: today, attendees: ['住建局', '审批局'] } } : {}),
            }),
          );
      out.push(draft('approved', { decisionNumber: 'D-1', decidedOn: today }));
      out.push(draft('denied', { decisionNumber: 'D-2', decidedOn: today, reasons: '不符合条件' }));
      out.push(
        draft('paused', {
          kind: PAUSE_KINDS[today.charCodeAt(9) % PAUSE_KINDS.length] ?? 'hearing',
          reason: '特别程序',
          from: today,
        }),
      );
      out.push(draft('withdrawn', { on: today }));
      break;
    }
    case 'paused': {
      const pause = state.dates.pauses.at(-1);
      if (pause && state.dates.promisedDate) {
        const promisedDate = planResumption(
          { promisedDate: state.dates.promisedDate, pausedFrom: pause.from, resumedOn: today },
          calendar,
        );
        out.push(draft('resumed', { on: today, promisedDate }));
      }
      out.push(draft('withdrawn', { on: today }));
      break;
    }
    case 'approved':
      out.push(draft('certificateIssued', { certificateNumber: 'C-1', issuedOn: today }));
      out.push(draft('delivered', { method: 'pickup', receiver: '申请人', at }));
      break;
    case 'certified':
    case 'denied':
      out.push(draft('delivered', { method: 'mail', trackingNumber: 'SF10000001', receiver: '申请人', at }));
      break;
    case 'refused':
    case 'withdrawn':
    case 'delivered':
    case 'terminated':
      break;
  }
  out.push(...rearranged(state, today));
  if (outstanding[0])
    out.push(draft('supplemented', { materialIds: [outstanding[0].materialId], on: today }));
  if (outstanding.length > 0 && deadline && today > deadline)
    out.push(draft('terminated', { reason: 'tolerance-deadline-missed', on: today }));
  return out;
}

/**
 * Side events (notes, ratings, prints) and early ends (refusal, withdrawal, removal) get a small weight so
 * that most lives go deep (review, meeting, pauses, tolerance, delivery) yet every event appears.
 */
const WEIGHT: Partial<Record<CaseEventType, number>> = {
  note: 2,
  evaluated: 2,
  documentPrinted: 2,
  pagesArranged: 2,
  refused: 1,
  withdrawn: 1,
  voided: 1,
  materialRemoved: 1,
  denied: 4,
  notifiedMissing: 4,
  supplemented: 3,
  paused: 4,
};
const PROGRESS_WEIGHT = 20;

function weightOf(state: CaseState, event: CaseEvent): number {
  // Tolerance lives are the interesting ones: accept with tolerance eagerly, and bring the
  // essential materials first so that non-essential ones are often still missing at acceptance.
  if (event.type === 'accepted' && event.payload.tolerated.length > 0) return 3 * PROGRESS_WEIGHT;
  if (event.type === 'materialReceived') {
    const { materialId } = event.payload;
    return state.item.materials.find((m) => m.id === materialId)?.essential === false ? 4 : PROGRESS_WEIGHT;
  }
  return WEIGHT[event.type] ?? PROGRESS_WEIGHT;
}

function pick(state: CaseState, valid: readonly LifeStep[], choice: number): LifeStep | undefined {
  const weights = valid.map(({ event }) => weightOf(state, event));
  let r =
    choice %
    Math.max(
      1,
      weights.reduce((a, b) => a + b, 0),
    );
  for (const [i, step] of valid.entries()) {
    r -= weights[i] ?? 0;
    if (r < 0) return step;
  }
  return undefined;
}

/**
 * One life of a case of `code`, registered `start` working days after 2026-03-02, steered by
 * `choices`: the first two pick the situations and credit, each further one either lets a
 * working day pass (when divisible by 3) and then picks among the valid next events.
 */
export function generateLife(code: string, start: number, choices: readonly number[]): LifeStep[] {
  const script = new CaseScript();
  let today = calendar.addWorkingDays('2026-03-02', start);
  let minute = 0;
  const stamp = (): string => {
    minute += 1;
    const m = 9 * 60 + (minute % 480);
    return `${today}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08:00`;
  };
  const [pickSituations = 0, pickCredit = 0, ...rest] = choices;
  const item = demoItem(code);
  const situations = situationsOf(item).filter((_, i) => (pickSituations >> i) % 2 === 1);
  const payload = registeredPayload(code, {
    caseNumber: `W03-${today.replaceAll('-', '')}-0001`,
    situations,
    credit: CREDITS[pickCredit % CREDITS.length] ?? 'normal',
    ...(situations.includes('by-agent')
      ? {
          agent: {
            name: '代理人',
            idType: 'resident-id',
            idNumber: '420302199001011234',
            phone: '13800000000',
          },
        }
      : {}),
  });
  const registered = script.event('registered', payload, { at: stamp() });
  const steps: LifeStep[] = [{ event: registered, role: 'window' }];
  let state = applyEvent(undefined, registered);
  for (const choice of rest) {
    // A finished case only gathers a few notes and ratings; stop most lives there.
    if (!state || (FINAL_STATUSES.includes(state.status) && choice % 4 !== 0)) break;
    if (choice % 3 === 0) today = calendar.addWorkingDays(today, 1);
    const at = stamp();
    const valid: LifeStep[] = [];
    for (const { type, payload: p, blobs } of candidates(state, today, at)) {
      const event = script.draft(type, p as never, { at, ...(blobs ? { blobs } : {}) });
      const role = rolesFor(state, event)[0];
      if (role && checkEvent(state, event, role, { calendar }).ok) valid.push({ event, role });
    }
    const picked = pick(state, valid, choice);
    if (!picked) break;
    script.commit();
    steps.push(picked);
    state = applyEvent(state, picked.event);
  }
  return steps;
}
