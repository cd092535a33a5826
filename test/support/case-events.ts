import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { demoCatalog, findItem } from '../../shared/catalog';
import {
  caseNumber,
  hallDateTime,
  itemSnapshot,
  sealEvent,
  type CaseEvent,
  type CaseEventType,
  type PayloadOf,
  type UnsealedCaseEvent,
} from '../../shared/domain';

/** Demo officers (shared/demo/hall.ts) and a fixed day in the calendar's range. */
export const WINDOW_OFFICER = 'KFQ0101';
export const AGENT_OFFICER = 'KFQ5001';
export const DAY = Date.parse('2026-11-24T01:30:00Z');

/**
 * Makes sealed events the way a device does: its own id, a gapless deviceSeq from 1, the hall's
 * clock (optionally off by `clockOffsetMs`). For server and sync tests; the app uses recordEvents.
 */
export class EventFactory {
  private seq = 0;
  private caseSeq = 0;

  constructor(
    readonly deviceId: string,
    readonly options: {
      windowCode?: string;
      actor?: string;
      clockOffsetMs?: number;
      now?: () => number;
    } = {},
  ) {}

  get lastSeq(): number {
    return this.seq;
  }

  event<T extends CaseEventType>(
    caseId: string,
    type: T,
    payload: PayloadOf<T>,
    extra: { actor?: string; blobs?: string[] } = {},
  ): CaseEvent {
    this.seq += 1;
    const now = (this.options.now ?? (() => DAY + this.seq * 1000))() + (this.options.clockOffsetMs ?? 0);
    return sealEvent({
      id: uuidv7(),
      caseId,
      deviceId: this.deviceId,
      deviceSeq: this.seq,
      actor: extra.actor ?? this.options.actor ?? WINDOW_OFFICER,
      at: hallDateTime(now),
      type,
      payload,
      blobs: extra.blobs ?? [],
    } as UnsealedCaseEvent) as CaseEvent;
  }

  /** A new case: its registered event (item KFQ-SJ-002, a demo applicant). */
  register(options: { caseId?: string; queryCode?: string; applicantName?: string } = {}): CaseEvent {
    this.caseSeq += 1;
    const windowCode = this.options.windowCode ?? 'W01';
    const item = findItem(demoCatalog, 'KFQ-SJ-002');
    if (!item) throw new Error('demo item KFQ-SJ-002 missing');
    return this.event(options.caseId ?? randomUUID(), 'registered', {
      applicant: {
        kind: 'person',
        name: options.applicantName ?? '张三',
        idType: 'resident-id',
        idNumber: '11010519491231002X',
        phone: '13907191234',
      },
      item: itemSnapshot(demoCatalog, item),
      windowCode,
      caseNumber: caseNumber(windowCode, '2026-11-24', ((this.caseSeq - 1) % 9999) + 1),
      ...(options.queryCode === undefined ? {} : { queryCode: options.queryCode }),
      situations: [],
      credit: 'normal',
    });
  }

  note(caseId: string, text = '备注', extra: { actor?: string; blobs?: string[] } = {}): CaseEvent {
    return this.event(caseId, 'note', { text }, extra);
  }

  /** A village agent approving: the guard refuses it for the role (a poison event). */
  poison(caseId: string): CaseEvent {
    return this.event(
      caseId,
      'approved',
      { decisionNumber: 'X-1', decidedOn: '2026-11-24' },
      { actor: AGENT_OFFICER },
    );
  }
}
