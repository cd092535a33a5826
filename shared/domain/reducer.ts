import { missingCase } from '../result';
import { routeForTier, stepAbove } from './approval';
import { parseCaseNumber } from './case-number';
import type { CaseState, ReceivedMaterial } from './case-state';
import { pageTurns } from './case-state';
import type { CaseEvent, EventOf } from './events';
import { dateOf } from './primitives';
import { checkTransition } from './transitions';

/**
 * THE reducer: the state of a case is `applyEvent` folded over its events in log order.
 *
 * - Pure, synchronous, never throws on an event that passed `caseEventSchema`; returns a new
 *   object and never touches its input. Time comes from the events, never from a clock.
 * - A case begins with `registered`: `applyEvent(undefined, registered)` makes the state;
 *   `applyEvent(undefined, anything else)` is undefined (there is no case yet).
 * - It applies only events that are valid next facts (`checkTransition`, the guard minus role,
 *   hash and calendar). Anything else is recorded in `ignored` and changes nothing else. The
 *   server applies only guarded events, so `ignored` stays empty in its projection; on a device
 *   it shows an event the server will reject, instead of a corrupted state.
 */
export function applyEvent(state: CaseState, event: CaseEvent): CaseState;
export function applyEvent(state: CaseState | undefined, event: CaseEvent): CaseState | undefined;
export function applyEvent(state: CaseState | undefined, event: CaseEvent): CaseState | undefined {
  const problems = checkTransition(state, event);
  if (state === undefined)
    return problems.length === 0 && event.type === 'registered' ? register(event) : undefined;
  // A second `registered` always has problems (already-registered); the type test tells tsc so.
  if (problems.length > 0 || event.type === 'registered')
    return {
      ...state,
      ignored: [
        ...state.ignored,
        { eventId: event.id, type: event.type, reasons: problems.map((p) => p.message) },
      ],
    };
  const next = transition(state, event);
  return { ...next, lastEventAt: event.at, eventCount: state.eventCount + 1 };
}

/** The state of a case from its whole log (undefined when the log does not start a case). */
export function foldEvents(events: Iterable<CaseEvent>): CaseState | undefined {
  let state: CaseState | undefined;
  for (const event of events) state = applyEvent(state, event);
  return state;
}

function register(event: EventOf<'registered'>): CaseState {
  const p = event.payload;
  return {
    caseId: event.caseId,
    caseNumber: p.caseNumber,
    ...(p.queryCode === undefined ? {} : { queryCode: p.queryCode }),
    status: 'registered',
    registeredBy: event.actor,
    applicant: p.applicant,
    ...(p.agent === undefined ? {} : { agent: p.agent }),
    item: p.item,
    windowCode: p.windowCode,
    situations: p.situations,
    credit: p.credit,
    materials: {},
    tolerated: [],
    // checkRegistered has parsed the case number: its date part is the registration day.
    dates: {
      registeredAt: event.at,
      registeredOn: parseCaseNumber(p.caseNumber)?.date ?? dateOf(event.at),
      pauses: [],
    },
    approval: { route: routeForTier(p.item.tier), reviews: [] },
    evaluations: [],
    notes: [],
    prints: [],
    ignored: [],
    lastEventAt: event.at,
    eventCount: 1,
  };
}

function receive(
  state: CaseState,
  materialId: string,
  at: string,
  received?: Partial<ReceivedMaterial>,
): CaseState {
  const material = state.item.materials.find((m) => m.id === materialId);
  const before = state.materials[materialId];
  const blobs = received?.blobs ?? before?.blobs ?? [];
  // A page received again keeps the turn it was given; a page no longer listed loses it.
  const turns = pageTurns(blobs.map((blob) => ({ blob, rotation: before?.rotation?.[blob] ?? 0 })));
  const record: ReceivedMaterial = {
    materialId,
    name: material?.name ?? materialId,
    copies: received?.copies ?? before?.copies ?? material?.copies ?? 1,
    form: received?.form ?? before?.form ?? material?.form ?? 'original',
    blobs,
    ...(turns === undefined ? {} : { rotation: turns }),
    receivedAt: at,
  };
  return { ...state, materials: { ...state.materials, [materialId]: record } };
}

/** Applies an event already known to be a valid next fact. */
function transition(state: CaseState, event: Exclude<CaseEvent, EventOf<'registered'>>): CaseState {
  switch (event.type) {
    case 'materialReceived': {
      const p = event.payload;
      return receive(state, p.materialId, event.at, {
        ...(p.copies === undefined ? {} : { copies: p.copies }),
        ...(p.form === undefined ? {} : { form: p.form }),
        blobs: p.blobs,
      });
    }
    case 'materialRemoved': {
      const materials = { ...state.materials };
      delete materials[event.payload.materialId];
      return { ...state, materials };
    }
    case 'pagesArranged': {
      const { materialId, pages } = event.payload;
      const before = state.materials[materialId];
      // checkPagesArranged has made sure the material is received.
      if (before === undefined) return state;
      const { rotation: _before, ...rest } = before;
      const turns = pageTurns(pages);
      const record: ReceivedMaterial = {
        ...rest,
        blobs: pages.map((p) => p.blob),
        ...(turns === undefined ? {} : { rotation: turns }),
      };
      return { ...state, materials: { ...state.materials, [materialId]: record } };
    }
    case 'accepted': {
      const p = event.payload;
      return {
        ...state,
        status: 'accepted',
        tolerated: p.tolerated.map((m) => ({ materialId: m.materialId, name: m.name })),
        dates: {
          ...state.dates,
          acceptedOn: p.acceptedOn,
          promisedDate: p.promisedDate,
          ...(p.supplyDeadline === undefined ? {} : { supplyDeadline: p.supplyDeadline }),
          ...(p.promiseProvisional ? { promiseProvisional: true as const } : {}),
          ...(p.supplyProvisional ? { supplyProvisional: true as const } : {}),
        },
        ...(p.documentNumber === undefined ? {} : { acceptanceDocument: p.documentNumber }),
      };
    }
    case 'notifiedMissing': {
      const p = event.payload;
      return {
        ...state,
        status: 'notified-missing',
        notice: {
          missing: p.missing,
          notifiedOn: p.notifiedOn,
          ...(p.documentNumber === undefined ? {} : { documentNumber: p.documentNumber }),
        },
        dates: { ...state.dates, notifiedOn: p.notifiedOn },
      };
    }
    case 'refused': {
      const { reason, text, documentNumber } = event.payload;
      return {
        ...state,
        status: 'refused',
        refusal: { reason, text, ...(documentNumber === undefined ? {} : { documentNumber }) },
      };
    }
    case 'supplemented': {
      const { materialIds, on } = event.payload;
      let next = state;
      for (const id of materialIds) if (next.materials[id] === undefined) next = receive(next, id, event.at);
      const tolerated = next.tolerated.map((m) =>
        materialIds.includes(m.materialId) && m.suppliedOn === undefined ? { ...m, suppliedOn: on } : m,
      );
      return { ...next, tolerated };
    }
    case 'routed':
      return {
        ...state,
        status: 'in-review',
        approval: { ...state.approval, currentStep: event.payload.to },
      };
    case 'reviewed':
      return review(state, event);
    case 'paused': {
      const { kind, reason, from, graceUntil } = event.payload;
      const pause = { kind, reason, from, ...(graceUntil === undefined ? {} : { graceUntil }) };
      return {
        ...state,
        status: 'paused',
        dates: { ...state.dates, pauses: [...state.dates.pauses, pause] },
      };
    }
    case 'resumed': {
      const pauses = state.dates.pauses.map((pause, i, all) =>
        i === all.length - 1 ? { ...pause, to: event.payload.on } : pause,
      );
      return {
        ...state,
        status: state.approval.currentStep === undefined ? 'accepted' : 'in-review',
        dates: {
          ...withoutPromiseFlag(state.dates),
          pauses,
          promisedDate: event.payload.promisedDate,
          ...(event.payload.promiseProvisional ? { promiseProvisional: true as const } : {}),
        },
      };
    }
    case 'approved': {
      const p = event.payload;
      return {
        ...state,
        status: 'approved',
        decision: {
          outcome: 'approved',
          decisionNumber: p.decisionNumber,
          decidedOn: p.decidedOn,
          ...(p.reasons === undefined ? {} : { reasons: p.reasons }),
          ...(p.validity === undefined ? {} : { validity: p.validity }),
          actor: event.actor,
        },
      };
    }
    case 'denied': {
      const p = event.payload;
      return {
        ...state,
        status: 'denied',
        decision: {
          outcome: 'denied',
          decisionNumber: p.decisionNumber,
          decidedOn: p.decidedOn,
          reasons: p.reasons,
          actor: event.actor,
        },
      };
    }
    case 'certificateIssued': {
      const { certificateNumber, issuedOn, validUntil } = event.payload;
      return {
        ...state,
        status: 'certified',
        certificate: { certificateNumber, issuedOn, ...(validUntil === undefined ? {} : { validUntil }) },
      };
    }
    case 'delivered':
      return { ...state, status: 'delivered', delivery: event.payload };
    case 'evaluated': {
      const { level, comment } = event.payload;
      return {
        ...state,
        evaluations: [
          ...state.evaluations,
          { level, ...(comment === undefined ? {} : { comment }), at: event.at },
        ],
      };
    }
    case 'terminated': {
      const { reason, on, text } = event.payload;
      return {
        ...state,
        status: 'terminated',
        termination: { reason, on, ...(text === undefined ? {} : { text }) },
      };
    }
    case 'withdrawn': {
      const { on, reason } = event.payload;
      return {
        ...state,
        status: 'withdrawn',
        withdrawal: { on, ...(reason === undefined ? {} : { reason }) },
      };
    }
    case 'voided': {
      const { on, reason } = event.payload;
      return {
        ...state,
        status: 'voided',
        voiding: { on, reason, actor: event.actor, at: event.at },
      };
    }
    case 'note':
      return {
        ...state,
        notes: [...state.notes, { text: event.payload.text, actor: event.actor, at: event.at }],
      };
    case 'documentPrinted': {
      const { kind, documentNumber, copies, reprint } = event.payload;
      const record = {
        kind,
        ...(documentNumber === undefined ? {} : { documentNumber }),
        copies,
        reprint,
        actor: event.actor,
        at: event.at,
      };
      // Projections stored before documentPrinted existed have no `prints`: start the list then.
      return { ...state, prints: [...(state.prints ?? []), record] };
    }
    default:
      return missingCase(event);
  }
}

function review(state: CaseState, event: EventOf<'reviewed'>): CaseState {
  const p = event.payload;
  const record = {
    step: p.step,
    decision: p.decision,
    opinion: p.opinion,
    ...(p.meeting ? { meeting: p.meeting } : {}),
    actor: event.actor,
    at: event.at,
  };
  const reviews = [...state.approval.reviews, record];
  const { route } = state.approval;
  const index = route.indexOf(p.step);
  switch (p.decision) {
    case 'approve': {
      // At the top step the case stays: the decision is its own event (approved / denied).
      const up = route[index + 1] ?? p.step;
      return { ...state, approval: { route, currentStep: up, reviews } };
    }
    case 'return': {
      const down = route[index - 1];
      if (down === undefined) {
        // Back to the window (e.g. to pause for correction); routed sends it up again.
        return { ...state, status: 'accepted', approval: { route, reviews } };
      }
      return { ...state, approval: { route, currentStep: down, reviews } };
    }
    case 'escalate': {
      // checkReviewed guarantees a step above the top of the route.
      const above = stepAbove(p.step) ?? p.step;
      return {
        ...state,
        approval: { route: route.includes(above) ? route : [...route, above], currentStep: above, reviews },
      };
    }
    default:
      return missingCase(p.decision);
  }
}

function withoutPromiseFlag(dates: CaseState['dates']): CaseState['dates'] {
  const { promiseProvisional: _dropped, ...rest } = dates;
  return rest;
}
