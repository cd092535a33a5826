import type { Catalog, Item, Material, SituationKey } from './schema';

/** The situation keys an item's materials depend on, once each, in catalog order. */
export function situationsOf(item: Pick<Item, 'materials'>): SituationKey[] {
  const keys: SituationKey[] = [];
  for (const material of item.materials)
    if (material.when !== undefined && !keys.includes(material.when)) keys.push(material.when);
  return keys;
}

export function findItem(catalog: Pick<Catalog, 'items'>, code: string): Item | undefined {
  return catalog.items.find((item) => item.code === code);
}

/**
 * The materials an applicant must hand in, in catalog order: those without a situation, and those
 * whose situation applies. Situations the item does not use are ignored.
 */
export function requiredMaterials(
  item: Pick<Item, 'materials'>,
  situations: readonly SituationKey[],
): Material[] {
  return item.materials.filter((m) => m.when === undefined || situations.includes(m.when));
}
