import { v7 as uuidv7 } from 'uuid';
import { createCalendar } from '../../../../../shared/calendar';
import { demoCatalog, findItem, type Item } from '../../../../../shared/catalog';
import { demoHall } from '../../../../../shared/demo/hall';
import {
  applyEvent,
  sealEvent,
  type CaseEvent,
  type CaseState,
  type UnsealedCaseEvent,
} from '../../../../../shared/domain';
import type { EventDraft } from '../../../../../renderer/db/case-repository';
import { emptyDraft, type IntakeDraft } from '../../../../../renderer/features/intake/intake-draft';
import type { CaseContext } from '../../../../../renderer/features/intake/intake-plan';

export const calendar = createCalendar();
export const TODAY = '2026-11-24';

export function item(code: string): Item {
  const found = findItem(demoCatalog, code);
  if (!found) throw new Error(code);
  return found;
}

export function draftFor(code: string, patch: Partial<IntakeDraft> = {}): IntakeDraft {
  const d = emptyDraft('2026-11-24T09:00:00+08:00');
  return {
    ...d,
    applicant: { ...d.applicant, idNumber: '420302199001011237', name: '张三', phone: '13907191234' },
    itemCode: code,
    ...patch,
  };
}

export function context(draft: IntakeDraft, credit: CaseContext['credit'] = 'normal'): CaseContext {
  return {
    draft,
    item: item(draft.itemCode),
    catalog: demoCatalog,
    credit,
    windowCode: 'W01',
    today: TODAY,
    hall: demoHall,
    queryCode: '123456',
  };
}

/** Seals drafts as device events (one second apart) and folds them, the way recordEvents does. */
export function fold(
  drafts: EventDraft[],
  state?: CaseState,
  start = Date.parse('2026-11-24T01:30:00Z'),
): { state: CaseState; events: CaseEvent[] } {
  let s = state;
  const events: CaseEvent[] = [];
  drafts.forEach((d, i) => {
    const at = new Date(start + i * 1000 + 8 * 3600_000).toISOString().slice(0, 23) + '+08:00';
    const event = sealEvent({
      id: uuidv7(),
      caseId: d.caseId,
      deviceId: 'dev-test',
      deviceSeq: i + 1,
      actor: 'KFQ0101',
      at,
      type: d.type,
      payload: d.payload,
      blobs: [],
    } as UnsealedCaseEvent) as CaseEvent;
    s = applyEvent(s, event);
    events.push(event);
  });
  if (!s) throw new Error('no case');
  if (s.ignored.length > 0) throw new Error(JSON.stringify(s.ignored));
  return { state: s, events };
}
