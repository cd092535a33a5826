import { describe, expect, it } from 'vitest';
import { demoHall } from '../../../../../shared/demo/hall';
import { askedSituations } from '../../../../../shared/domain';
import { checkIdNumber } from '../../../../../shared/preapply';
import { emptyDraft, parseIntakeDraft } from '../../../../../renderer/features/intake/intake-draft';
import {
  certificateNumberFor,
  documentNumberFor,
  newQueryCode,
} from '../../../../../renderer/features/intake/numbering';
import {
  canReach,
  instantItemsOf,
  neighbourStep,
  stepsFor,
} from '../../../../../renderer/features/intake/wizard-steps';
import { draftFor, item, TODAY } from './case-fixture';

describe('wizard steps', () => {
  it('skips the situations step when the item asks nothing, and never asks by-agent', () => {
    expect(stepsFor(item('KFQ-JS-004'))).toEqual(['applicant', 'item', 'materials', 'confirm']);
    expect(stepsFor(item('KFQ-SJ-002'))).toContain('situations');
    expect(askedSituations(item('KFQ-SJ-002'))).toEqual(['prior-approval']);
    expect(neighbourStep('item', item('KFQ-JS-004'), 1)).toBe('materials');
    expect(neighbourStep('materials', item('KFQ-JS-004'), -1)).toBe('item');
  });

  it('does not jump past an applicant step that is not complete', () => {
    const incomplete = {
      ...draftFor('KFQ-SJ-002'),
      applicant: { ...draftFor('KFQ-SJ-002').applicant, name: '' },
    };
    expect(canReach(incomplete, item('KFQ-SJ-002'), 'confirm', TODAY)).toBe(false);
    expect(canReach(draftFor('KFQ-SJ-002'), item('KFQ-SJ-002'), 'confirm', TODAY)).toBe(true);
    expect(canReach(draftFor(''), undefined, 'materials', TODAY)).toBe(false);
  });

  it('knows the instant items authorised to a window', () => {
    expect(instantItemsOf(demoHall, 'W01')).toContain('KFQ-SJ-002');
    expect(instantItemsOf(demoHall, 'W07')).toEqual([]);
  });
});

describe('drafts', () => {
  it('round-trips through JSON and refuses a row of another shape', () => {
    const draft = draftFor('KFQ-SJ-002', { received: ['KFQ-SJ-002-M01'], step: 'materials' });
    expect(parseIntakeDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    expect(parseIntakeDraft({ ...emptyDraft('x'), version: 2 })).toBeUndefined();
    expect(parseIntakeDraft('nonsense')).toBeUndefined();
  });
});

describe('ID checks and numbers', () => {
  it('gives the reason of shared/ids for each ID type', () => {
    expect(checkIdNumber('resident-id', '42030219900101123X', TODAY)).toMatchObject({ ok: false });
    expect(checkIdNumber('resident-id', '４２０３０２１９９００１０１１２３７', TODAY)).toEqual({
      ok: true,
      value: '420302199001011237',
    });
    expect(checkIdNumber('hk-mo-permit', 'X12345678', TODAY)).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining('首字母') },
    });
    expect(checkIdNumber('passport', 'E1234', TODAY)).toEqual({ ok: true, value: 'E1234' });
    expect(checkIdNumber('other', '', TODAY)).toMatchObject({ ok: false });
  });

  it('derives document and certificate numbers from the case number', () => {
    expect(documentNumberFor(demoHall, 'receipt', 'W01-20261124-0007')).toBe(
      '开审受字〔2026〕第W0111240007号',
    );
    expect(certificateNumberFor('KFQ-SJ-002', 'W01-20261124-0007')).toBe('KFQ-SJ-002-W01202611240007');
    expect(newQueryCode((n) => Uint32Array.from({ length: n }, (_, i) => i * 7))).toBe('074185');
  });
});
