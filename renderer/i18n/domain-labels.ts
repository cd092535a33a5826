import type { Credit } from '../../shared/domain';
import {
  caseStatusLabel,
  CASE_STATUS_LABELS,
  CREDIT_LABELS,
  EVENT_TYPE_LABELS,
  type CaseEventType,
  type CaseState,
  type CaseStatus,
} from '../../shared/domain';
import type { Language } from '../../shared/ipc';

/** English beside shared/domain's Chinese labels, which stay the source of the officers' words. */
const STATUS_EN: Readonly<Record<CaseStatus, string>> = {
  registered: 'Registered',
  'notified-missing': 'Told what is missing',
  refused: 'Not accepted',
  withdrawn: 'Withdrawn',
  accepted: 'Accepted',
  'in-review': 'In review',
  paused: 'Clock paused',
  approved: 'Approved',
  denied: 'Denied',
  certified: 'Certificate issued',
  delivered: 'Delivered',
  terminated: 'Terminated',
  voided: 'Voided',
};

const EVENT_EN: Readonly<Record<CaseEventType, string>> = {
  registered: 'Registered',
  materialReceived: 'Material received',
  materialRemoved: 'Material handed back',
  accepted: 'Accepted',
  notifiedMissing: 'One-time notice',
  refused: 'Not accepted',
  supplemented: 'Materials supplied',
  routed: 'Sent to the back office',
  reviewed: 'Reviewed',
  paused: 'Clock paused (correction or special step)',
  resumed: 'Clock resumed',
  approved: 'Approved',
  denied: 'Denied',
  certificateIssued: 'Certificate issued',
  delivered: 'Delivered',
  evaluated: 'Rated',
  terminated: 'Terminated',
  withdrawn: 'Withdrawn',
  note: 'Note',
  documentPrinted: 'Document printed',
  pagesArranged: 'Pages arranged',
  voided: 'Voided',
};

const CREDIT_EN: Readonly<Record<Credit, string>> = {
  good: 'Good credit',
  normal: 'Normal credit',
  dishonest: 'Dishonest list',
};

export function statusLabel(status: CaseStatus, language: Language): string {
  return language === 'zh-CN' ? CASE_STATUS_LABELS[status] : STATUS_EN[status];
}

/** The status of a case in hand: a 补正 pause is called so (caseStatusLabel). */
export function caseStateLabel(state: Pick<CaseState, 'status' | 'dates'>, language: Language): string {
  if (language === 'zh-CN') return caseStatusLabel(state);
  const pause = state.status === 'paused' ? state.dates.pauses.at(-1) : undefined;
  if (!pause) return STATUS_EN[state.status];
  return pause.kind === 'correction' ? 'Awaiting correction' : 'Special step';
}

export function eventLabel(type: CaseEventType, language: Language): string {
  return language === 'zh-CN' ? EVENT_TYPE_LABELS[type] : EVENT_EN[type];
}

export function creditLabel(credit: Credit, language: Language): string {
  return language === 'zh-CN' ? CREDIT_LABELS[credit] : CREDIT_EN[credit];
}

export const STATUS_COLORS: Readonly<Record<CaseStatus, string>> = {
  registered: 'default',
  'notified-missing': 'orange',
  refused: 'volcano',
  withdrawn: 'default',
  accepted: 'blue',
  'in-review': 'geekblue',
  paused: 'purple',
  approved: 'green',
  denied: 'red',
  certified: 'green',
  delivered: 'cyan',
  terminated: 'magenta',
  voided: 'default',
};
