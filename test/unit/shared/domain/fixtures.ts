import { v7 as uuidv7 } from 'uuid';
import { createCalendar, type CalendarOverrides } from '../../../../shared/calendar';
import { demoCatalog, findItem, type Item } from '../../../../shared/catalog';
import {
  applyEvent,
  caseNumber,
  checkEvent,
  itemSnapshot,
  sealEvent,
  type CaseEvent,
  type CaseEventType,
  type CaseState,
  type GuardResult,
  type PayloadOf,
  type RegisteredPayload,
  type UnsealedCaseEvent,
} from '../../../../shared/domain';
import type { Role } from '../../../../shared/hall/roles';

export const calendar = createCalendar();

/** 2027 as a hall might enter it (made up for tests: 春节 a week off, a Saturday worked). */
export const with2027: CalendarOverrides = {
  years: [
    {
      year: 2027,
      holidays: [
        { from: '2027-01-01', to: '2027-01-03', name: '元旦' },
        { from: '2027-02-05', to: '2027-02-12', name: '春节' },
      ],
      workdays: [{ date: '2027-02-13', name: '春节' }],
    },
  ],
};

export function demoItem(code: string): Item {
  const item = findItem(demoCatalog, code);
  if (!item) throw new Error(`demo item ${code} missing`);
  return item;
}

export function registeredPayload(
  code: string,
  overrides: Partial<RegisteredPayload> = {},
): RegisteredPayload {
  return {
    applicant: {
      kind: 'organisation',
      name: '十堰市某某食品有限公司',
      idType: 'uscc',
      idNumber: '91420300MA49XXXX0X',
      phone: '0719-8888888',
    },
    item: itemSnapshot(demoCatalog, demoItem(code)),
    windowCode: 'W03',
    caseNumber: caseNumber('W03', '2026-03-02', 1),
    situations: [],
    credit: 'normal',
    ...overrides,
  };
}

/** Makes sealed events of one case, from one device, numbered without gaps. */
export class CaseScript {
  readonly caseId: string;
  private seq = 0;

  constructor(
    caseId: string = uuidv7(),
    readonly deviceId = 'dev-w03',
  ) {
    this.caseId = caseId;
  }

  event<T extends CaseEventType>(
    type: T,
    payload: PayloadOf<T>,
    options: { at?: string; actor?: string; blobs?: string[]; caseId?: string } = {},
  ): CaseEvent {
    const event = this.draft(type, payload, options);
    this.seq += 1;
    return event;
  }

  /** The next event without taking its sequence number (call `commit` if it is used). */
  draft<T extends CaseEventType>(
    type: T,
    payload: PayloadOf<T>,
    options: { at?: string; actor?: string; blobs?: string[]; caseId?: string } = {},
  ): CaseEvent {
    const unsealed = {
      id: uuidv7(),
      caseId: options.caseId ?? this.caseId,
      deviceId: this.deviceId,
      deviceSeq: this.seq + 1,
      actor: options.actor ?? 'officer-1',
      at: options.at ?? '2026-03-02T09:00:00+08:00',
      type,
      payload,
      blobs: options.blobs ?? [],
    } as UnsealedCaseEvent;
    return sealEvent(unsealed);
  }

  commit(): void {
    this.seq += 1;
  }
}

/** Checks each event with the guard (as the given role) and applies it; fails loudly on refusal. */
export function play(steps: ReadonlyArray<readonly [CaseEvent, Role]>, start?: CaseState): CaseState {
  let state = start;
  for (const [event, role] of steps) {
    const verdict: GuardResult = checkEvent(state, event, role, { calendar });
    if (!verdict.ok) throw new Error(`${event.type} refused: ${verdict.reasons.join(' / ')}`);
    state = applyEvent(state, event);
  }
  if (!state) throw new Error('no case');
  return state;
}

export function refusal(
  state: CaseState | undefined,
  event: CaseEvent,
  role: Role,
): GuardResult & { ok: false } {
  const verdict = checkEvent(state, event, role, { calendar });
  if (verdict.ok) throw new Error(`${event.type} was not refused`);
  return verdict;
}

/** Received events for every material of the item that applies in these situations, except `skip`. */
export function receiveAll(
  script: CaseScript,
  code: string,
  situations: readonly string[],
  skip: readonly string[] = [],
): Array<readonly [CaseEvent, Role]> {
  return demoItem(code)
    .materials.filter((m) => (m.when === undefined || situations.includes(m.when)) && !skip.includes(m.id))
    .map((m) => [script.event('materialReceived', { materialId: m.id, blobs: [] }), 'window'] as const);
}
