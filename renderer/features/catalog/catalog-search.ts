import { match } from 'pinyin-pro';
import type { Item } from '../../../shared/catalog';

/**
 * Finds items the way officers type: part of the name (食品), the code (KFQ-SJ), full pinyin
 * (shipinjingying) or initials (spjy). An empty query keeps every item, in catalog order.
 */
export function searchItems(items: readonly Item[], query: string, section?: string): Item[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  return items.filter((item) => {
    if (section !== undefined && item.section !== section) return false;
    if (q === '') return true;
    if (item.name.toLowerCase().includes(q) || item.code.toLowerCase().includes(q)) return true;
    if (!/^[a-z]+$/.test(q)) return false;
    return match(item.name, q, { continuous: true }) !== null;
  });
}
