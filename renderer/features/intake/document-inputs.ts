import type { z } from 'zod';
import { outstandingTolerated, type CaseState, type ReceivedMaterial } from '../../../shared/domain';
import { certificateInputSchema } from '../../../shared/documents/templates/certificate';
import { correctionNoticeInputSchema } from '../../../shared/documents/templates/correction-notice';
import { decisionInputSchema } from '../../../shared/documents/templates/decision';
import { deliveryReceiptInputSchema } from '../../../shared/documents/templates/delivery-receipt';
import { missingNoticeInputSchema } from '../../../shared/documents/templates/missing-notice';
import { receiptInputSchema } from '../../../shared/documents/templates/receipt';
import { refusalInputSchema } from '../../../shared/documents/templates/refusal';
import { terminationNoticeInputSchema } from '../../../shared/documents/templates/termination-notice';
import {
  toleranceCommitmentInputSchema,
  toleranceNoticeInputSchema,
} from '../../../shared/documents/templates/tolerance';
import { publicQueryUrl, type Hall } from '../../../shared/hall';
import { lastCorrection, type CaseDocumentKind } from '../case/case-documents';
import { documentNumberFor } from './numbering';

/** What a document needs besides the case: the hall, the officer at the window, and when. */
export interface DocumentContext {
  hall: Hall;
  officer: { id: string; name: string };
  /** The window code the officer works at; its name is printed. */
  windowCode: string;
  /** The item's result (证照名称) from the catalog: the case's snapshot does not keep it. */
  itemResult?: string;
  /** Where refusals point for reconsideration and lawsuits; defaults to the generic wording. */
  remedies?: { reconsideration: string; court: string };
  /** Now, as the device writes it (printedAt of the commitment). */
  now: string;
}

/**
 * The wording used when the hall has not configured its own bodies: accurate in every city
 * (行政复议法 / 行政诉讼法), naming no body the hall did not choose.
 */
export const DEFAULT_REMEDIES = {
  reconsideration: '本机关的上一级主管部门或者本级人民政府',
  court: '有管辖权的人民法院',
} as const;

const FORM_ZH = { original: '原件', copy: '复印件', electronic: '电子件' } as const;

export type DocumentInputResult =
  | { ok: true; kind: CaseDocumentKind; input: unknown }
  | { ok: false; kind: CaseDocumentKind; message: string };

/** The hall as the papers print it; its public address makes the receipt's QR code a link. */
export function hallInfo(ctx: Pick<DocumentContext, 'hall'>) {
  const { hall } = ctx;
  return {
    name: hall.name,
    authority: hall.authority,
    address: hall.address,
    phone: hall.phone,
    seal:
      hall.seal.kind === 'image'
        ? { kind: 'image' as const, diameterMm: hall.seal.diameterMm, blobSha256: hall.seal.blobSha256 }
        : hall.seal.kind === 'drawn'
          ? {
              kind: 'drawn' as const,
              ringText: hall.seal.ringText,
              ...(hall.seal.centreText ? { centreText: hall.seal.centreText } : {}),
            }
          : { kind: 'none' as const },
    ...(hall.publicUrl ? { queryUrl: publicQueryUrl(hall.publicUrl) } : {}),
  };
}

function officer(ctx: DocumentContext) {
  const window =
    ctx.hall.windows.find((w) => w.code === ctx.windowCode)?.name ??
    ctx.hall.servicePoints?.find((p) => p.code === ctx.windowCode)?.name ??
    `${ctx.windowCode}窗口`;
  return { name: ctx.officer.name, id: ctx.officer.id, window, phone: ctx.hall.phone };
}

function item(state: CaseState, ctx: DocumentContext) {
  const i = state.item;
  return {
    code: i.code,
    name: i.name,
    department: i.department,
    handling: i.handling,
    promisedWorkdays: i.promisedWorkdays,
    ...(ctx.itemResult ? { result: ctx.itemResult } : {}),
  };
}

function parties(state: CaseState) {
  const a = state.applicant;
  return {
    applicant: {
      kind: a.kind,
      name: a.name,
      idType: a.idType,
      idNumber: a.idNumber,
      phone: a.phone,
      ...(a.address ? { address: a.address } : {}),
    },
    ...(state.agent ? { agent: { ...state.agent } } : {}),
  };
}

function caseRef(state: CaseState) {
  return { caseNumber: state.caseNumber, ...(state.queryCode ? { queryCode: state.queryCode } : {}) };
}

/** Received materials in the checklist's (catalog) order. */
function receivedLines(state: CaseState) {
  const order = state.item.materials.map((m) => m.id);
  return Object.values(state.materials)
    .sort((a, b) => order.indexOf(a.materialId) - order.indexOf(b.materialId))
    .map((m: ReceivedMaterial) => ({ name: m.name, form: m.form, copies: m.copies }));
}

function toleratedLines(state: CaseState, due: string) {
  return state.tolerated.map((t) => {
    const m = state.item.materials.find((x) => x.id === t.materialId);
    return { name: t.name, form: m?.form ?? 'copy', copies: m?.copies ?? 1, dueDate: due };
  });
}

function numberOf(
  state: CaseState,
  ctx: DocumentContext,
  kind: Parameters<typeof documentNumberFor>[1],
  given?: string,
) {
  return given ?? documentNumberFor(ctx.hall, kind, state.caseNumber);
}

function receipt(state: CaseState, ctx: DocumentContext): unknown {
  const due = state.dates.supplyDeadline ?? state.dates.promisedDate ?? state.dates.registeredOn;
  return {
    hall: hallInfo(ctx),
    number: numberOf(state, ctx, 'receipt', state.acceptanceDocument),
    ...caseRef(state),
    item: item(state, ctx),
    ...parties(state),
    received: receivedLines(state),
    tolerated: toleratedLines(state, due),
    acceptedAt: state.dates.registeredAt,
    promisedDate: state.dates.promisedDate,
    officer: officer(ctx),
  };
}

function toleranceNotice(state: CaseState, ctx: DocumentContext): unknown {
  const due = state.dates.supplyDeadline ?? state.dates.promisedDate ?? '';
  return {
    hall: hallInfo(ctx),
    // Its own 文号, never the receipt's. (Cases accepted before this recorded the tolerance
    // number as the acceptance's, so their receipt and notice reprint as they first printed.)
    number: numberOf(state, ctx, 'tolerance-notice'),
    ...caseRef(state),
    item: item(state, ctx),
    ...parties(state),
    acceptedAt: state.dates.registeredAt,
    tolerated: toleratedLines(state, due),
    promisedDate: state.dates.promisedDate,
    rule: ctx.hall.tolerance,
    officer: officer(ctx),
  };
}

function toleranceCommitment(state: CaseState, ctx: DocumentContext): unknown {
  const due = state.dates.supplyDeadline ?? state.dates.promisedDate ?? '';
  return {
    hall: hallInfo(ctx),
    caseNumber: state.caseNumber,
    item: item(state, ctx),
    ...parties(state),
    tolerated: toleratedLines(state, due),
    rule: ctx.hall.tolerance,
    officer: officer(ctx),
    printedAt: ctx.now,
  };
}

function missingNotice(state: CaseState, ctx: DocumentContext): unknown {
  const notice = state.notice;
  return {
    hall: hallInfo(ctx),
    number: numberOf(state, ctx, 'missing-notice', notice?.documentNumber),
    caseNumber: state.caseNumber,
    item: item(state, ctx),
    ...parties(state),
    receivedAt: state.dates.registeredAt,
    missing: (notice?.missing ?? []).map((n) => {
      const m = state.item.materials.find((x) => x.id === n.materialId);
      const form = m?.form ?? 'original';
      const copies = m?.copies ?? 1;
      const standard = `${FORM_ZH[form]}${copies}份${m?.essential ? '（要件）' : ''}`;
      return { name: n.name, form, copies, requirement: m?.note ? `${standard}；${m.note}` : standard };
    }),
    received: receivedLines(state),
    notifiedOn: notice?.notifiedOn,
    officer: officer(ctx),
  };
}

function refusal(state: CaseState, ctx: DocumentContext): unknown {
  const r = state.refusal;
  return {
    hall: hallInfo(ctx),
    number: numberOf(state, ctx, 'refusal', r?.documentNumber),
    caseNumber: state.caseNumber,
    item: item(state, ctx),
    ...parties(state),
    receivedAt: state.dates.registeredAt,
    reason: r?.reason,
    ...(r ? { text: r.text.slice(0, 1000) } : {}),
    issuedOn: state.dates.registeredOn,
    officer: officer(ctx),
    remedies: ctx.remedies ?? DEFAULT_REMEDIES,
  };
}

function licenceName(state: CaseState, ctx: DocumentContext): string {
  return (ctx.itemResult ?? state.item.name).replace(/（.*?）/g, '').slice(0, 30);
}

function decision(state: CaseState, ctx: DocumentContext): unknown {
  const d = state.decision;
  return {
    hall: hallInfo(ctx),
    outcome: d?.outcome,
    number: d?.decisionNumber,
    ...caseRef(state),
    item: item(state, ctx),
    ...parties(state),
    receivedAt: state.dates.registeredAt,
    acceptedOn: state.dates.acceptedOn,
    decidedOn: d?.decidedOn,
    ...(d?.reasons ? { reasons: d.reasons } : {}),
    ...(d?.outcome === 'approved'
      ? {
          licence: {
            name: licenceName(state, ctx),
            ...(state.certificate ? { number: state.certificate.certificateNumber } : {}),
            ...(d.validity ? { validity: d.validity } : {}),
          },
          pickup: `${officer(ctx).window}领取`,
        }
      : { remedies: ctx.remedies ?? DEFAULT_REMEDIES }),
  };
}

function certificate(state: CaseState, ctx: DocumentContext): unknown {
  const c = state.certificate;
  const a = state.applicant;
  return {
    hall: hallInfo(ctx),
    title: licenceName(state, ctx),
    copy: '正本',
    certificateNumber: c?.certificateNumber,
    holder: {
      name: a.name,
      idType: a.idType,
      idNumber: a.idNumber,
      ...(a.address ? { address: a.address } : {}),
    },
    fields: [{ label: '许可事项', value: state.item.name }],
    ...(c?.validUntil && c.issuedOn ? { validity: { from: c.issuedOn, until: c.validUntil } } : {}),
    issuedOn: c?.issuedOn,
    ...(state.decision ? { decisionNumber: state.decision.decisionNumber } : {}),
    ...caseRef(state),
  };
}

function deliveryReceipt(state: CaseState, ctx: DocumentContext): unknown {
  const d = state.delivery;
  const documents = [
    ...(state.decision
      ? [
          {
            name: state.decision.outcome === 'approved' ? '准予行政许可决定书' : '不予行政许可决定书',
            number: state.decision.decisionNumber,
          },
        ]
      : []),
    ...(state.certificate
      ? [{ name: licenceName(state, ctx), number: state.certificate.certificateNumber }]
      : []),
  ];
  return {
    hall: hallInfo(ctx),
    ...caseRef(state),
    documents,
    recipient: d?.receiver,
    // Mail recorded before the address was asked has none: the place is left to be written in.
    ...(d?.method === 'mail'
      ? {
          trackingNumber: d.trackingNumber,
          ...(d.address ? { place: d.address } : {}),
          ...(d.phone ? { recipientPhone: d.phone } : {}),
        }
      : { place: `${ctx.hall.name}${officer(ctx).window}` }),
    method: d?.method,
    deliveredAt: d?.at,
    servers: [ctx.officer.name],
  };
}

/** 终止办理通知书: the outstanding materials, the grace pause if the hall's rule gave one. */
function terminationNotice(state: CaseState, ctx: DocumentContext): unknown {
  const grace = state.dates.pauses.findLast((p) => p.graceUntil !== undefined);
  const owed = new Set(outstandingTolerated(state).map((m) => m.materialId));
  return {
    hall: hallInfo(ctx),
    ...caseRef(state),
    item: item(state, ctx),
    ...parties(state),
    acceptedOn: state.dates.acceptedOn,
    supplyDeadline: state.dates.supplyDeadline,
    outstanding: toleratedLines(state, '')
      .filter((_, i) => owed.has(state.tolerated[i]?.materialId ?? ''))
      .map(({ dueDate: _due, ...line }) => line),
    ...(grace?.graceUntil ? { grace: { from: grace.from, until: grace.graceUntil } } : {}),
    terminatedOn: state.termination?.on,
    remedies: ctx.remedies ?? DEFAULT_REMEDIES,
  };
}

/** 补正材料通知书 of the reviewer's latest 补正: numbered in the hall's 补 series, one per 补正. */
function correctionNotice(state: CaseState, ctx: DocumentContext): unknown {
  const last = lastCorrection(state);
  const base = documentNumberFor(ctx.hall, 'missing-notice', state.caseNumber);
  return {
    hall: hallInfo(ctx),
    number: last ? `${base.slice(0, -1)}-${last.ordinal}号` : undefined,
    ...caseRef(state),
    item: item(state, ctx),
    ...parties(state),
    acceptedOn: state.dates.acceptedOn,
    asked: last?.pause.reason,
    pausedOn: last?.pause.from,
    where: `${ctx.hall.name}${intakeWindow(state, ctx)}`,
    officer: officer(ctx),
  };
}

/** The window that took the case in: where the applicant goes back to. */
function intakeWindow(state: CaseState, ctx: DocumentContext): string {
  return officer({ ...ctx, windowCode: state.windowCode }).window;
}

const BUILDERS: Record<
  CaseDocumentKind,
  { build: (s: CaseState, c: DocumentContext) => unknown; schema: z.ZodType }
> = {
  receipt: { build: receipt, schema: receiptInputSchema },
  'tolerance-notice': { build: toleranceNotice, schema: toleranceNoticeInputSchema },
  'tolerance-commitment': { build: toleranceCommitment, schema: toleranceCommitmentInputSchema },
  'missing-notice': { build: missingNotice, schema: missingNoticeInputSchema },
  refusal: { build: refusal, schema: refusalInputSchema },
  decision: { build: decision, schema: decisionInputSchema },
  certificate: { build: certificate, schema: certificateInputSchema },
  'delivery-receipt': { build: deliveryReceipt, schema: deliveryReceiptInputSchema },
  'termination-notice': { build: terminationNotice, schema: terminationNoticeInputSchema },
  'correction-notice': { build: correctionNotice, schema: correctionNoticeInputSchema },
};

/**
 * The input of one document for this case, checked by the documents' own zod schema, so that a
 * case that cannot make the document says why here (in Chinese) instead of failing at the printer.
 */
export function documentInput(
  kind: CaseDocumentKind,
  state: CaseState,
  ctx: DocumentContext,
): DocumentInputResult {
  const { build, schema } = BUILDERS[kind];
  const input = build(state, ctx);
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, kind, input };
  return {
    ok: false,
    kind,
    message: parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；'),
  };
}
