import { describe, expect, test } from 'vitest';
import { demoCatalog } from '../../../../../shared/catalog';
import {
  decodePreApplication,
  encodePreApplication,
  matchPreApplication,
} from '../../../../../shared/preapply';
import { emptyDraft, parseIntakeDraft } from '../../../../../renderer/features/intake/intake-draft';
import { applicantErrors, effectiveSituations } from '../../../../../renderer/features/intake/intake-plan';
import {
  draftFromPreApplication,
  isUntouched,
} from '../../../../../renderer/features/scanning/preapplication';
import { ZHANG_PREAPPLICATION } from '../../../../fixtures/preapplication';

const STARTED = '2026-11-24T09:30:00+08:00';

describe('a scanned pre-application as a walk-in', () => {
  // 张三 with his agent, for 个体工商户设立登记 with its prior approval, without an address.
  const code = encodePreApplication({
    ...ZHANG_PREAPPLICATION,
    itemCode: 'KFQ-SJ-002',
    situations: ['prior-approval'],
    applicant: { ...ZHANG_PREAPPLICATION.applicant, address: '' },
  });

  test('fills the applicant, the agent, the item and the situations, on the applicant step', () => {
    const decoded = decodePreApplication(code);
    if (!decoded.ok) throw new Error(decoded.reason.zh);
    const matched = matchPreApplication(decoded.value, demoCatalog);
    if (!matched.ok) throw new Error(matched.reason.zh);
    const draft = draftFromPreApplication(decoded.value, matched.value, STARTED);
    // A valid draft as the autosave stores it, and one the applicant step passes.
    expect(parseIntakeDraft(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      step: 'applicant',
      applicant: { kind: 'person', idNumber: '420302199001011237', name: '张三', address: '' },
      hasAgent: true,
      agent: { name: '李四' },
      itemCode: 'KFQ-SJ-002',
      situations: ['prior-approval'],
      received: [],
      startedAt: STARTED,
    });
    expect(applicantErrors(draft, '2026-11-24')).toEqual({});
    // 委托代理人办理 follows the agent, as for a walk-in typed at the counter.
    expect(effectiveSituations(draft, matched.value.item).sort()).toEqual(['by-agent', 'prior-approval']);
    expect(isUntouched(draft)).toBe(false);
  });

  test('only a walk-in nothing was typed into may be replaced', () => {
    const fresh = emptyDraft(STARTED);
    expect(isUntouched(fresh)).toBe(true);
    expect(isUntouched({ ...fresh, applicant: { ...fresh.applicant, name: '王' } })).toBe(false);
    expect(isUntouched({ ...fresh, hasAgent: true })).toBe(false);
    expect(isUntouched({ ...fresh, itemCode: 'KFQ-SJ-001', step: 'item' })).toBe(false);
    expect(
      isUntouched({ ...fresh, applicant: { ...fresh.applicant, kind: 'organisation', idType: 'uscc' } }),
    ).toBe(true);
  });
});
