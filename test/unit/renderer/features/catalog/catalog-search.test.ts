import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../../../shared/catalog';
import { searchItems } from '../../../../../renderer/features/catalog/catalog-search';

const names = (query: string, section?: string) =>
  searchItems(demoCatalog.items, query, section).map((i) => i.name);

describe('searchItems', () => {
  it('finds an item by pinyin initials, full pinyin, part of the name or the code', () => {
    expect(names('spjy')).toEqual(['食品经营许可（新办）']);
    expect(names('shipinjingying')).toEqual(['食品经营许可（新办）']);
    expect(names('SPJY')).toEqual(['食品经营许可（新办）']);
    expect(names('古树')).toEqual(['迁移古树名木审批']);
    expect(names('kfq-js-012')).toEqual(['迁移古树名木审批']);
  });

  it('keeps every item for an empty query and narrows by section', () => {
    expect(names('')).toHaveLength(32);
    const business = searchItems(demoCatalog.items, '', '商事登记');
    expect(business.length).toBeGreaterThan(0);
    expect(business.every((i) => i.section === '商事登记')).toBe(true);
  });

  it('finds nothing for letters that spell no item', () => {
    expect(names('xyzq')).toEqual([]);
  });
});
