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

  test('pages turned in the draft are recorded right after their receipt, as one pagesArranged', () => {
    const [first, second] = item('KFQ-SJ-002').materials.map((m) => m.id);
    if (!first || !second) throw new Error('the demo item has materials');
    const draft = draftFor('KFQ-SJ-002', {
      received: [first, second],
      pages: { [first]: [B, A], [second]: [C] },
      turns: { [A]: 90 },
    });
    const caseId = '019a0000-0000-7000-8000-000000000009';
    const drafts = intakeEvents(context(draft), calendar)(caseId, 'W01-20261124-0009');
    const types = drafts.map((d) => d.type);
    expect(types.slice(0, 4)).toEqual([
      'registered',
      'materialReceived',
      'pagesArranged',
      'materialReceived',
    ]);
    expect(drafts[2]).toEqual({
      caseId,
      type: 'pagesArranged',
      payload: {
        materialId: first,
        pages: [
          { blob: B, rotation: 0 },
          { blob: A, rotation: 90 },
        ],
      },
      blobs: [B, A],
    });
    expect(types.filter((t) => t === 'pagesArranged')).toHaveLength(1);
  });

  test('a draft saved before pages (or turns) existed still restores, with none', () => {
    const { pages: _pages, turns: _turns, ...old } = draftFor('KFQ-SJ-002');
    expect(parseIntakeDraft(old)?.pages).toEqual({});
    expect(parseIntakeDraft(old)?.turns).toEqual({});
    expect(parseIntakeDraft({ ...old, turns: { [A]: 45 } })).toBeUndefined();
  });
});
