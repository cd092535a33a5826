import type { Catalog, Item } from '../../../shared/catalog';
import { situationsOf } from '../../../shared/catalog';
import {
  AGENT_SITUATION,
  evaluateIntake,
  itemSnapshot,
  planAcceptance,
  routeForTier,
  type AcceptancePlan,
  type ApprovalStep,
  type Agent,
  type Applicant,
  type Credit,
  type DeadlineCalendar,
  type IntakeResult,
  type RefusalReason,
} from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';
import type { EventDraft } from '../../db/case-repository';
import {
  addressProblem,
  checkIdNumber,
  nameProblem,
  normalizePhone,
  phoneProblem,
  type Said,
} from '../../../shared/preapply';
import type { IntakeDraft, PartyDraft } from './intake-draft';
import { documentNumberFor } from './numbering';

export type FieldPath =
  | 'applicant.idNumber'
  | 'applicant.name'
  | 'applicant.phone'
  | 'applicant.address'
  | 'agent.idNumber'
  | 'agent.name'
  | 'agent.phone';
export type FieldErrors = Partial<Record<FieldPath, Said>>;

function partyErrors(
  party: PartyDraft,
  prefix: 'applicant' | 'agent',
  today: string,
  nameZh: string,
  nameEn: string,
): FieldErrors {
  const errors: FieldErrors = {};
  const id = checkIdNumber(party.idType, party.idNumber, today);
  if (!id.ok) errors[`${prefix}.idNumber`] = id.reason;
  const name = nameProblem(party.name, { zh: nameZh, en: nameEn });
  if (name) errors[`${prefix}.name`] = name;
  const phone = phoneProblem(party.phone);
  if (phone) errors[`${prefix}.phone`] = phone;
  return errors;
}

/** Everything wrong on the applicant step, per field, in both languages. Empty = ready. */
export function applicantErrors(draft: IntakeDraft, today: string): FieldErrors {
  const isOrg = draft.applicant.kind === 'organisation';
  const errors = partyErrors(
    draft.applicant,
    'applicant',
    today,
    isOrg ? '单位名称' : '申请人姓名',
    isOrg ? "organisation's name" : "applicant's name",
  );
  const address = addressProblem(draft.applicant.address);
  if (address) errors['applicant.address'] = address;
  if (draft.hasAgent)
    Object.assign(errors, partyErrors(draft.agent, 'agent', today, '代理人姓名', "agent's name"));
  if (draft.hasAgent && !errors['agent.idNumber'] && !errors['applicant.idNumber']) {
    const a = checkIdNumber(draft.applicant.idType, draft.applicant.idNumber, today);
    const b = checkIdNumber(draft.agent.idType, draft.agent.idNumber, today);
    if (a.ok && b.ok && a.value === b.value)
      errors['agent.idNumber'] = { zh: '代理人不能是申请人本人', en: 'The agent cannot be the applicant' };
  }
  return errors;
}

/**
 * The situations that apply: those the officer ticked that the item asks about, and
 * 「委托代理人办理」 exactly when an agent is registered (the guard requires the two together).
 */
export function effectiveSituations(draft: IntakeDraft, item: Pick<Item, 'materials'>): string[] {
  const asked = situationsOf(item);
  const ticked = draft.situations.filter((s) => asked.includes(s) && s !== AGENT_SITUATION);
  if (draft.hasAgent && asked.includes(AGENT_SITUATION)) ticked.push(AGENT_SITUATION);
  return ticked;
}

/** evaluateIntake on what the draft says now: the decision the materials step shows live. */
export function evaluateDraft(draft: IntakeDraft, item: Item, credit: Credit): IntakeResult {
  return evaluateIntake(item, {
    received: draft.received,
    situations: effectiveSituations(draft, item),
    credit,
  });
}

/** The acceptance dates (promise, supply deadline) if the case were accepted today. */
export function acceptancePlanFor(
  item: Parameters<typeof planAcceptance>[0],
  intake: IntakeResult,
  today: string,
  calendar: Pick<DeadlineCalendar, 'addWorkingDays' | 'isProvisionalSpan'>,
): AcceptancePlan {
  return planAcceptance(item, today, { tolerated: intake.missingTolerable }, calendar);
}

function party(p: PartyDraft, today: string): Agent {
  const id = checkIdNumber(p.idType, p.idNumber, today);
  if (!id.ok) throw new Error(id.reason.zh);
  return { name: p.name.trim(), idType: p.idType, idNumber: id.value, phone: normalizePhone(p.phone) };
}

/** The applicant and agent as the registered event records them (ID numbers normalised). */
export function partiesOf(draft: IntakeDraft, today: string): { applicant: Applicant; agent?: Agent } {
  const address = draft.applicant.address.trim();
  const applicant: Applicant = {
    kind: draft.applicant.kind,
    ...party(draft.applicant, today),
    ...(address ? { address } : {}),
  };
  return draft.hasAgent ? { applicant, agent: party(draft.agent, today) } : { applicant };
}

export interface CaseContext {
  draft: IntakeDraft;
  item: Item;
  catalog: Pick<Catalog, 'catalogVersion'>;
  credit: Credit;
  windowCode: string;
  today: string;
  hall: Pick<Hall, 'documentNumberPrefixes'>;
  queryCode: string;
}

function registeredDraft(ctx: CaseContext, caseId: string, caseNumber: string): EventDraft {
  const { applicant, agent } = partiesOf(ctx.draft, ctx.today);
  return {
    caseId,
    type: 'registered',
    payload: {
      applicant,
      ...(agent ? { agent } : {}),
      item: itemSnapshot(ctx.catalog, ctx.item),
      windowCode: ctx.windowCode,
      caseNumber,
      queryCode: ctx.queryCode,
      situations: effectiveSituations(ctx.draft, ctx.item),
      credit: ctx.credit,
    },
  };
}

/**
 * The events of a confirmed walk-in, in order: registered, one materialReceived per required
 * material handed in (followed by pagesArranged when its pages were turned in the draft), then
 * accepted (with tolerance when allowed; routed to the back office for non-window tiers) or
 * notifiedMissing listing ALL missing materials. Dates are computed here, once, and carried in
 * the events.
 */
export function intakeEvents(
  ctx: CaseContext,
  calendar: Pick<DeadlineCalendar, 'addWorkingDays' | 'isProvisionalSpan'>,
): (caseId: string, caseNumber: string) => EventDraft[] {
  const intake = evaluateDraft(ctx.draft, ctx.item, ctx.credit);
  const requiredIds = new Set(intake.required.map((m) => m.id));
  const received = ctx.item.materials.filter(
    (m) => requiredIds.has(m.id) && ctx.draft.received.includes(m.id),
  );
  const plan =
    intake.outcome === 'notify-missing'
      ? undefined
      : acceptancePlanFor(ctx.item, intake, ctx.today, calendar);
  return (caseId, caseNumber) => {
    const drafts: EventDraft[] = [registeredDraft(ctx, caseId, caseNumber)];
    for (const m of received) {
      const blobs = ctx.draft.pages[m.id] ?? [];
      drafts.push({
        caseId,
        type: 'materialReceived',
        payload: { materialId: m.id, copies: m.copies, form: m.form, via: 'window', blobs },
        blobs,
      });
      // Pages turned in the draft: the turn is its own fact, recorded right after the receipt.
      if (blobs.some((b) => ctx.draft.turns[b] !== undefined))
        drafts.push({
          caseId,
          type: 'pagesArranged',
          payload: {
            materialId: m.id,
            pages: blobs.map((blob) => ({ blob, rotation: ctx.draft.turns[blob] ?? 0 })),
          },
          blobs,
        });
    }
    drafts.push(
      ...decisionDrafts(caseId, caseNumber, intake, plan, ctx.today, ctx.hall, routeForTier(ctx.item.tier)),
    );
    return drafts;
  };
}

/**
 * The decision after the materials: notifiedMissing listing ALL missing materials, or accepted
 * (with tolerance when allowed, the plan's dates and their provisional flags) then routed to the
 * route's first step. Shared by the walk-in's confirmation and 补正后受理 (case/resume-intake.ts).
 */
export function decisionDrafts(
  caseId: string,
  caseNumber: string,
  intake: IntakeResult,
  plan: AcceptancePlan | undefined,
  today: string,
  hall: Pick<Hall, 'documentNumberPrefixes'>,
  route: readonly ApprovalStep[],
): EventDraft[] {
  if (!plan || intake.outcome === 'notify-missing')
    return [
      {
        caseId,
        type: 'notifiedMissing',
        payload: {
          missing: intake.missing.map((m) => ({ materialId: m.id, name: m.name })),
          notifiedOn: today,
          documentNumber: documentNumberFor(hall, 'missing-notice', caseNumber),
        },
      },
    ];
  const tolerated = intake.missingTolerable.map((m) => ({ materialId: m.id, name: m.name }));
  const drafts: EventDraft[] = [
    {
      caseId,
      type: 'accepted',
      payload: {
        acceptedOn: today,
        // The plan is the dates the event carries, with their provisional (预计) flags.
        ...plan,
        tolerated,
        // The receipt's number; a tolerance notice has its own (document-inputs.ts).
        documentNumber: documentNumberFor(hall, 'receipt', caseNumber),
      },
    },
  ];
  const first = route[0];
  if (first) drafts.push({ caseId, type: 'routed', payload: { to: first } });
  return drafts;
}

/** 不予受理: the registration and the refusal with its reason, nothing else. */
export function refusalEvents(
  ctx: CaseContext,
  reason: RefusalReason,
  text: string,
): (caseId: string, caseNumber: string) => EventDraft[] {
  return (caseId, caseNumber) => [
    registeredDraft(ctx, caseId, caseNumber),
    {
      caseId,
      type: 'refused',
      payload: { reason, text, documentNumber: documentNumberFor(ctx.hall, 'refusal', caseNumber) },
    },
  ];
}
