import type { PageRotation, PageTurns, ReceivedMaterial } from '../../../shared/domain';

/**
 * A material's pages as the officer arranges them: order and each page's clockwise turn. The
 * same operations serve the intake draft (before the case exists) and a registered case (where
 * the result becomes a pagesArranged event). Pure, so it is unit-tested.
 */
export interface ArrangedPage {
  blob: string;
  rotation: PageRotation;
}

export function arrangedPages(
  blobs: readonly string[],
  turns: Readonly<PageTurns> | undefined,
): ArrangedPage[] {
  return blobs.map((blob) => ({ blob, rotation: turns?.[blob] ?? 0 }));
}

/** A received material's pages, in order, with their turns. */
export function pagesOfMaterial(material: Pick<ReceivedMaterial, 'blobs' | 'rotation'>): ArrangedPage[] {
  return arrangedPages(material.blobs, material.rotation);
}

/** The page at `index` moved by `delta` places (clamped at both ends); unchanged when it cannot move. */
export function movePage(pages: readonly ArrangedPage[], index: number, delta: number): ArrangedPage[] {
  const to = Math.max(0, Math.min(pages.length - 1, index + delta));
  const page = pages[index];
  if (page === undefined || to === index) return [...pages];
  const rest = pages.filter((_, i) => i !== index);
  return [...rest.slice(0, to), page, ...rest.slice(to)];
}

/** The page at `index` turned a quarter clockwise (or counter-clockwise with `quarters` = -1). */
export function turnPage(pages: readonly ArrangedPage[], index: number, quarters = 1): ArrangedPage[] {
  return pages.map((p, i) =>
    i === index
      ? { ...p, rotation: ((((p.rotation + 90 * quarters) % 360) + 360) % 360) as PageRotation }
      : p,
  );
}

/** The pages without the one at `index` (its blob stays stored; only the list changes). */
export function removePage(pages: readonly ArrangedPage[], index: number): ArrangedPage[] {
  return pages.filter((_, i) => i !== index);
}

export function sameArrangement(a: readonly ArrangedPage[], b: readonly ArrangedPage[]): boolean {
  return a.length === b.length && a.every((p, i) => p.blob === b[i]?.blob && p.rotation === b[i]?.rotation);
}
