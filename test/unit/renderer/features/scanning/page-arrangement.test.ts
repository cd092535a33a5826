import { describe, expect, test } from 'vitest';
import {
  arrangedPages,
  movePage,
  pagesOfMaterial,
  removePage,
  sameArrangement,
  turnPage,
} from '../../../../../renderer/features/scanning/page-arrangement';

const [A, B, C] = ['a', 'b', 'c'].map((x) => x.repeat(64)) as [string, string, string];
const blobs = (pages: ReadonlyArray<{ blob: string }>) => pages.map((p) => p.blob);

describe('arranging a material’s pages', () => {
  const pages = arrangedPages([A, B, C], { [B]: 270 });

  test('pages come with their turns; a page without one is at 0°', () => {
    expect(pages).toEqual([
      { blob: A, rotation: 0 },
      { blob: B, rotation: 270 },
      { blob: C, rotation: 0 },
    ]);
    expect(pagesOfMaterial({ blobs: [C], rotation: { [C]: 90 } })).toEqual([{ blob: C, rotation: 90 }]);
  });

  test('a page moves one place at a time and stops at either end', () => {
    expect(blobs(movePage(pages, 0, 1))).toEqual([B, A, C]);
    expect(blobs(movePage(pages, 2, -1))).toEqual([A, C, B]);
    expect(blobs(movePage(pages, 0, -1))).toEqual([A, B, C]);
    expect(blobs(movePage(pages, 2, 1))).toEqual([A, B, C]);
    expect(blobs(movePage(pages, 1, 5))).toEqual([A, C, B]);
    // A moved page keeps its turn.
    expect(movePage(pages, 1, -1)[0]).toEqual({ blob: B, rotation: 270 });
  });

  test('turning goes round by quarters, both ways', () => {
    expect(turnPage(pages, 1, 1)[1]?.rotation).toBe(0);
    expect(turnPage(pages, 0, 1)[0]?.rotation).toBe(90);
    expect(turnPage(pages, 0, -1)[0]?.rotation).toBe(270);
    expect(turnPage(turnPage(pages, 2), 2)[2]?.rotation).toBe(180);
    expect(turnPage(pages, 0).slice(1)).toEqual(pages.slice(1));
  });

  test('removing leaves the others in order; the input is never changed', () => {
    const before = structuredClone(pages);
    expect(blobs(removePage(pages, 1))).toEqual([A, C]);
    expect(removePage(removePage(removePage(pages, 0), 0), 0)).toEqual([]);
    expect(pages).toEqual(before);
  });

  test('two arrangements are the same when order and turns are', () => {
    expect(sameArrangement(pages, arrangedPages([A, B, C], { [B]: 270 }))).toBe(true);
    expect(sameArrangement(pages, turnPage(pages, 0))).toBe(false);
    expect(sameArrangement(pages, movePage(pages, 0, 1))).toBe(false);
    expect(sameArrangement(pages, removePage(pages, 2))).toBe(false);
  });
});
