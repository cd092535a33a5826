import { describe, expect, test } from 'vitest';
import { intakeEvents } from '../../../../../renderer/features/intake/intake-plan';
import { parseIntakeDraft } from '../../../../../renderer/features/intake/intake-draft';
import { calendar, context, draftFor, item } from '../intake/case-fixture';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('pages of the walk-in’s materials', () => {
  test('each materialReceived names its pages in order, in the payload and the envelope', () => {
    const [first, second, third] = item('KFQ-SJ-002').materials.map((m) => m.id);
    if (!first || !second || !third) throw new Error('the demo item has three materials');
    const draft = draftFor('KFQ-SJ-002', {
      received: [first, second, third],
      pages: { [first]: [B, A], [second]: [C] },
    });
    const drafts = intakeEvents(context(draft), calendar)(
      '019a0000-0000-7000-8000-000000000009',
      'W01-20261124-0009',
    );
    const received = drafts.flatMap((d) =>
      d.type === 'materialReceived'
        ? [{ id: d.payload.materialId, payload: d.payload.blobs, envelope: d.blobs }]
        : [],
    );
    expect(received).toEqual([
      { id: first, payload: [B, A], envelope: [B, A] },
      { id: second, payload: [C], envelope: [C] },
      { id: third, payload: [], envelope: [] },
    ]);
  });

  test('a draft saved before pages existed still restores, with no pages', () => {
    const { pages: _pages, ...old } = draftFor('KFQ-SJ-002');
    expect(parseIntakeDraft(old)?.pages).toEqual({});
  });
});
