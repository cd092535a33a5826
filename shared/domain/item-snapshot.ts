import { z } from 'zod';
import type { Catalog, Item } from '../catalog/schema';
import { itemSchema } from '../catalog/schema';

/**
 * The item as the case was registered under it. A case keeps it for its whole life: the catalog
 * is republished centrally and an old version may no longer be on a device, yet the guard must
 * judge this case's acceptance by the materials, class and tier in force when it was registered.
 * That is why the snapshot carries the material list too.
 */
export const itemSnapshotSchema = itemSchema
  .pick({
    code: true,
    name: true,
    department: true,
    section: true,
    kind: true,
    toleranceClass: true,
    tier: true,
    handling: true,
    promisedWorkdays: true,
    legalLimit: true,
    materials: true,
  })
  .extend({ catalogVersion: z.string().min(1) });

export type ItemSnapshot = z.infer<typeof itemSnapshotSchema>;

export function itemSnapshot(catalog: Pick<Catalog, 'catalogVersion'>, item: Item): ItemSnapshot {
  return {
    code: item.code,
    name: item.name,
    department: item.department,
    section: item.section,
    kind: item.kind,
    toleranceClass: item.toleranceClass,
    tier: item.tier,
    handling: item.handling,
    promisedWorkdays: item.promisedWorkdays,
    legalLimit: { ...item.legalLimit },
    materials: item.materials.map((m) => ({ ...m })),
    catalogVersion: catalog.catalogVersion,
  };
}
