import type { z } from 'zod';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_TEMPLATES,
  type DocumentKind,
  type InputIssue,
  type SealImageBytes,
} from '../../shared/documents';
import {
  caseDocumentKindSchema,
  rolesForPrinting,
  type CaseDocumentKind,
  type CaseEvent,
} from '../../shared/domain';
import { ROLE_LABELS } from '../../shared/hall';
import type { CounterBridge, IpcErrorCode } from '../../shared/ipc';
import { fail, ok, type Result } from '../../shared/result';
import { EventRefusedError, recordEvents, type Actor } from '../db/case-repository';
import { db as appDb, type CounterDb } from '../db/schema';
import { counter } from '../platform';
import { renderDocumentPdf, toDocumentError, type DocumentErrorCode } from './render-pdf';

export type PrintDocumentOptions = {
  /** The case the paper belongs to: its print is then recorded as a `documentPrinted` event. */
  caseId?: string;
  /** Required with `caseId`: the officer the print is recorded for. */
  actor?: Actor;
  /** Where the event is recorded; the app's database by default. */
  db?: CounterDb;
  /** 1–99 (default 1). */
  copies?: number;
  /** Default: whether this kind of paper was printed for the case before. */
  reprint?: boolean;
  /** A printer other than the one the settings name for this kind. */
  printer?: string;
  /** The print job's title; default the document's name and number. */
  title?: string;
  sealImage?: SealImageBytes;
  /** Bytes already rendered (by the preview), so that what was seen is what is printed. */
  pdf?: Uint8Array;
  /** The print bridge; `window.counter` (Electron) or the browser's by default. */
  bridge?: { print: Pick<CounterBridge['print'], 'pdf'> };
};

export type PrintedDocument = {
  printer: string;
  jobId: string | null;
  copies: number;
  byteLength: number;
  /** The documentPrinted event, for a case's paper. */
  event?: CaseEvent;
};

export type PrintDocumentErrorCode = DocumentErrorCode | IpcErrorCode | 'not-recorded';

export type PrintDocumentResult = Result<PrintedDocument, PrintDocumentErrorCode> & {
  /** The input's problems, when the template refused it. */
  issues?: InputIssue[];
};

/** The paper's number (文号, or the certificate's number) as the template reads it. */
export function documentNumberOf(kind: DocumentKind, input: unknown): string | undefined {
  const { schema } = DOCUMENT_TEMPLATES[kind] as { schema: z.ZodType };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return undefined;
  const data = parsed.data as { number?: unknown; certificateNumber?: unknown };
  const value = kind === 'certificate' ? data.certificateNumber : data.number;
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

type Recording = { caseId: string; actor: Actor; db: CounterDb; kind: CaseDocumentKind };

/** Everything that would stop the print from being recorded, checked before the printer runs. */
async function prepareRecording(
  kind: DocumentKind,
  options: PrintDocumentOptions,
): Promise<Result<Recording | undefined, 'invalid-request'>> {
  const { caseId } = options;
  if (caseId === undefined) return ok(undefined);
  const label = DOCUMENT_KIND_LABELS[kind];
  const caseKind = caseDocumentKindSchema.safeParse(kind);
  if (!caseKind.success) return fail('invalid-request', `${label}不属于某一办件，不能记入办件的打印记录`);
  const { actor } = options;
  if (!actor) return fail('invalid-request', '打印办件文书需要经办人（请先登录）');
  // The guard's own rule, asked before the printer runs.
  const allowed = rolesForPrinting(caseKind.data);
  if (!allowed.includes(actor.role))
    return fail('invalid-request', `「${ROLE_LABELS[actor.role].zh}」无权打印办件文书`);
  const db = options.db ?? appDb;
  if (!(await db.cases.get(caseId))) return fail('invalid-request', '本机没有该办件，无法记录打印');
  return ok({ caseId, actor, db, kind: caseKind.data });
}

async function wasPrinted(recording: Recording): Promise<boolean> {
  const row = await recording.db.cases.get(recording.caseId);
  // States projected before documentPrinted existed have no `prints`.
  return (row?.state.prints ?? []).some((p) => p.kind === recording.kind);
}

/**
 * Renders `kind` from `input`, sends it to the printer through the counter bridge (no dialog in
 * Electron, the print dialog in a browser) and, for a case's paper, records who printed which
 * paper, how many copies, and whether it was a reprint — only after the printer took the job,
 * so the log never claims a paper that was not printed. Never throws: every failure comes back
 * with a zh-CN message for the officer.
 */
export async function printDocument(
  kind: DocumentKind,
  input: unknown,
  options: PrintDocumentOptions = {},
): Promise<PrintDocumentResult> {
  const copies = options.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > 99)
    return fail('invalid-request', '打印份数应为 1–99 的整数');
  const prepared = await prepareRecording(kind, options);
  if (!prepared.ok) return prepared;
  const recording = prepared.value;

  let pdf = options.pdf;
  if (!pdf) {
    try {
      pdf = await renderDocumentPdf(kind, input, options.sealImage ? { sealImage: options.sealImage } : {});
    } catch (error) {
      const failure = toDocumentError(kind, error);
      return { ...fail(failure.code, failure.message), issues: failure.issues };
    }
  }

  const documentNumber = documentNumberOf(kind, input);
  const title = (
    options.title ?? [DOCUMENT_KIND_LABELS[kind], documentNumber].filter(Boolean).join(' ')
  ).slice(0, 120);
  const reprint = options.reprint ?? (recording ? await wasPrinted(recording) : false);
  const bridge = options.bridge ?? counter;
  let job;
  try {
    job = await bridge.print.pdf({
      pdf,
      kind,
      copies,
      title,
      ...(options.printer === undefined ? {} : { printer: options.printer }),
    });
  } catch (error) {
    return fail('print-failed', `打印失败：${error instanceof Error ? error.message : String(error)}`);
  }
  if (!job.ok) return fail(job.error.code, `打印失败：${job.error.message}`);
  const printed: PrintedDocument = {
    printer: job.value.printer,
    jobId: job.value.jobId,
    copies,
    byteLength: pdf.byteLength,
  };
  if (!recording) return ok(printed);

  try {
    const [event] = await recordEvents(recording.db, recording.actor, [
      {
        caseId: recording.caseId,
        type: 'documentPrinted',
        payload: {
          kind: recording.kind,
          ...(documentNumber === undefined ? {} : { documentNumber }),
          copies,
          reprint,
        },
      },
    ]);
    return ok(event ? { ...printed, event } : printed);
  } catch (error) {
    const why =
      error instanceof EventRefusedError
        ? error.reasons.join('；')
        : error instanceof Error
          ? error.message
          : String(error);
    return fail('not-recorded', `文书已送打印机（${printed.printer}），但打印记录未能保存：${why}`);
  }
}
