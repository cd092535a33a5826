import { missingCase } from '../result';
import type { CatalogError } from './issues';
import { formatPath } from './issues';
import type { Catalog, Item } from './schema';

/**
 * Rules across fields that a schema cannot say. Each one protects something the window relies on:
 *
 * - Item codes are unique in a catalog, material ids unique within an item: events and received
 *   maps refer to them by id.
 * - A material's `when` names a key of `situations`: otherwise no officer could ever tick the
 *   situation and the material would silently never be asked for.
 * - 承诺时限 ≤ 法定时限. Exact when the legal limit is in working days. For calendar days and
 *   months we check what must hold whatever the calendar: n working days span at least n
 *   calendar days, and a month has at most 31 days.
 * - An instant item (即办件) is finished at the window: its tier is `window`, and it promises at
 *   most 1 working day. The 1 is deliberate: real guides list instant items whose result is
 *   handed over the next working day (the demo's KFQ-SJ-006 娱乐场所经营许可（延续）, 承诺1).
 * - Class B (容缺) needs something that may be missing and a time to supply it in: at least one
 *   non-essential material, a promise item, and promisedWorkdays ≥ 1, because the supply
 *   deadline is at most the promised date (DOMAIN.md) and must fall after acceptance.
 * - Class A items may have any tier and handling: the demo has class A promise items decided by
 *   the joint meeting (KFQ-JS-003), so "A ⇒ instant" is only "usually" and not checked.
 * - The handling modes of an item are listed once each.
 */
export function catalogRuleErrors(catalog: Catalog): CatalogError[] {
  const errors: CatalogError[] = [];
  const firstIndexOfCode = new Map<string, number>();
  const situationKeys = Object.keys(catalog.situations);

  catalog.items.forEach((item, i) => {
    const at = (...rest: PropertyKey[]): string => formatPath(['items', i, ...rest]);

    const earlier = firstIndexOfCode.get(item.code);
    if (earlier === undefined) firstIndexOfCode.set(item.code, i);
    else
      errors.push({
        path: at('code'),
        zh: `事项编码重复：${item.code} 已用于 items[${earlier}]`,
        en: `Duplicate item code ${item.code} (already used by items[${earlier}])`,
      });

    const firstIndexOfMaterial = new Map<string, number>();
    item.materials.forEach((material, k) => {
      const before = firstIndexOfMaterial.get(material.id);
      if (before === undefined) firstIndexOfMaterial.set(material.id, k);
      else
        errors.push({
          path: at('materials', k, 'id'),
          zh: `材料编号重复：${material.id} 已用于 materials[${before}]`,
          en: `Duplicate material id ${material.id} (already used by materials[${before}])`,
        });
      if (material.when !== undefined && !Object.hasOwn(catalog.situations, material.when))
        errors.push({
          path: at('materials', k, 'when'),
          zh: `情形 "${material.when}" 未在 situations 中定义（已定义：${situationKeys.join('、') || '无'}）`,
          en: `Situation "${material.when}" is not defined in situations (defined: ${situationKeys.join(', ') || 'none'})`,
        });
    });

    errors.push(...limitErrors(item, at));
    errors.push(...handlingErrors(item, at));

    const seenModes = new Set<string>();
    item.modes.forEach((mode, k) => {
      if (seenModes.has(mode))
        errors.push({
          path: at('modes', k),
          zh: `办理方式重复：${mode}`,
          en: `Handling mode listed twice: ${mode}`,
        });
      seenModes.add(mode);
    });
  });
  return errors;
}

type At = (...rest: PropertyKey[]) => string;

function limitErrors(item: Item, at: At): CatalogError[] {
  const { value, unit } = item.legalLimit;
  const promised = item.promisedWorkdays;
  switch (unit) {
    case 'workday':
      return promised <= value
        ? []
        : [
            {
              path: at('promisedWorkdays'),
              zh: `承诺时限（${promised} 个工作日）超过法定时限（${value} 个工作日）`,
              en: `Promised limit (${promised} working days) exceeds the legal limit (${value} working days)`,
            },
          ];
    case 'day':
      return promised <= value
        ? []
        : [
            {
              path: at('promisedWorkdays'),
              zh: `承诺时限（${promised} 个工作日）必然超过法定时限（${value} 日）`,
              en: `Promised limit (${promised} working days) necessarily exceeds the legal limit (${value} days)`,
            },
          ];
    case 'month':
      return promised <= value * 31
        ? []
        : [
            {
              path: at('promisedWorkdays'),
              zh: `承诺时限（${promised} 个工作日）必然超过法定时限（${value} 个月）`,
              en: `Promised limit (${promised} working days) necessarily exceeds the legal limit (${value} months)`,
            },
          ];
    default:
      return missingCase(unit);
  }
}

function handlingErrors(item: Item, at: At): CatalogError[] {
  const errors: CatalogError[] = [];
  if (item.handling === 'instant') {
    if (item.tier !== 'window')
      errors.push({
        path: at('tier'),
        zh: `即办件应由窗口办结，审批层级应为 window，实际为 ${item.tier}`,
        en: `An instant item is finished at the window: tier must be window, got ${item.tier}`,
      });
    if (item.promisedWorkdays > 1)
      errors.push({
        path: at('promisedWorkdays'),
        zh: `即办件承诺时限至多 1 个工作日，实际为 ${item.promisedWorkdays}`,
        en: `An instant item promises at most 1 working day, got ${item.promisedWorkdays}`,
      });
  }
  if (item.toleranceClass === 'B') {
    if (item.handling !== 'promise')
      errors.push({
        path: at('handling'),
        zh: 'B类（可容缺）事项应为承诺件：容缺材料须在承诺期限内补齐',
        en: 'A class B (tolerance) item must be a promise item: missing materials are supplied within the promised limit',
      });
    else if (item.promisedWorkdays < 1)
      errors.push({
        path: at('promisedWorkdays'),
        zh: 'B类（可容缺）事项承诺时限至少 1 个工作日，否则无补齐期限',
        en: 'A class B (tolerance) item must promise at least 1 working day, or there is no time to supply',
      });
    if (item.materials.every((m) => m.essential))
      errors.push({
        path: at('toleranceClass'),
        zh: 'B类（可容缺）事项至少应有一项非要件材料，否则无可容缺',
        en: 'A class B (tolerance) item needs at least one non-essential material, or nothing can be tolerated',
      });
  }
  return errors;
}
