import { describe, expect, it } from 'vitest';
import demoJson from '../../../../shared/demo/catalog.zh-CN.json' with { type: 'json' };
import {
  catalogSchema,
  demoCatalog,
  findItem,
  parseCatalog,
  requiredMaterials,
  situationsOf,
  type CatalogError,
} from '../../../../shared/catalog';

/** A fresh, mutable copy of the demo file to break in one place per test. */
function demo(): Record<string, unknown> & { items: Array<Record<string, unknown>> } {
  return structuredClone(demoJson) as never;
}

function materialsOf(item: Record<string, unknown> | undefined): Array<Record<string, unknown>> {
  return (item?.['materials'] ?? []) as Array<Record<string, unknown>>;
}

function errorsOf(json: unknown): CatalogError[] {
  const result = parseCatalog(json);
  if (result.ok) throw new Error('expected the catalog to be refused');
  return result.errors;
}

function expectBilingual(errors: CatalogError[]): void {
  for (const e of errors) {
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.en).toMatch(/[A-Za-z]{3}/);
  }
}

describe('the demo catalog', () => {
  it('parses with its 32 items', () => {
    const result = parseCatalog(demoJson);
    expect(result.ok).toBe(true);
    expect(demoCatalog.items).toHaveLength(32);
    expect(demoCatalog.catalogVersion).toBe('2026.1');
  });

  it('keeps the instant item that promises one working day (KFQ-SJ-006)', () => {
    const item = findItem(demoCatalog, 'KFQ-SJ-006');
    expect(item).toMatchObject({ handling: 'instant', promisedWorkdays: 1, tier: 'window' });
  });

  it('finds items and the situations their materials use', () => {
    const item = findItem(demoCatalog, 'KFQ-SJ-001');
    if (!item) throw new Error('KFQ-SJ-001 missing');
    expect(situationsOf(item)).toEqual(['vending-machine', 'by-agent']);
    expect(requiredMaterials(item, []).map((m) => m.id)).toEqual([
      'KFQ-SJ-001-M01',
      'KFQ-SJ-001-M02',
      'KFQ-SJ-001-M03',
    ]);
    expect(requiredMaterials(item, ['vending-machine', 'key-polluter']).map((m) => m.id)).toContain(
      'KFQ-SJ-001-M04',
    );
    expect(findItem(demoCatalog, 'NOPE')).toBeUndefined();
  });
});

describe('parseCatalog refuses broken catalogs with paths and both languages', () => {
  it('refuses something that is not an object at all', () => {
    for (const bad of ['{"items": []}', 42, null, [demoJson], undefined]) {
      const errors = errorsOf(bad);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe('');
      expect(errors[0]?.zh).toContain('目录应为 JSON 对象');
      expect(errors[0]?.en).toContain('must be a JSON object');
    }
  });

  it('names a missing item name', () => {
    const json = demo();
    delete json.items[3]?.['name'];
    const errors = errorsOf(json);
    expect(errors).toEqual([{ path: 'items[3].name', zh: '缺少必填字段', en: 'Required field is missing' }]);
  });

  it('lists the allowed values for a bad material form', () => {
    const json = demo();
    const material = materialsOf(json.items[3])[1];
    if (material) material['form'] = 'scan';
    const errors = errorsOf(json);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('items[3].materials[1].form');
    expect(errors[0]?.zh).toContain('original、copy、electronic');
    expect(errors[0]?.zh).toContain('"scan"');
    expect(errors[0]?.en).toContain('original, copy, electronic');
    expectBilingual(errors);
  });

  it('refuses a duplicate item code, naming the first use', () => {
    const json = demo();
    const first = json.items[0];
    const fifth = json.items[5];
    if (first && fifth) fifth['code'] = first['code'];
    const errors = errorsOf(json);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('items[5].code');
    expect(errors[0]?.zh).toContain('事项编码重复');
    expect(errors[0]?.en).toContain('items[0]');
  });

  it('refuses a duplicate material id within an item', () => {
    const json = demo();
    const [m0, m1] = materialsOf(json.items[1]);
    if (m0 && m1) m1['id'] = m0['id'];
    expect(errorsOf(json).map((e) => e.path)).toEqual(['items[1].materials[1].id']);
  });

  it('refuses a material whose situation is not defined', () => {
    const json = demo();
    const material = materialsOf(json.items[0])[3];
    if (material) material['when'] = 'on-the-moon';
    const errors = errorsOf(json);
    expect(errors.map((e) => e.path)).toEqual(['items[0].materials[3].when']);
    expect(errors[0]?.zh).toContain('on-the-moon');
    expect(errors[0]?.zh).toContain('未在 situations 中定义');
    expect(errors[0]?.en).toContain('by-agent');
  });

  it('refuses negative and fractional copies', () => {
    const json = demo();
    const [m0, m1] = materialsOf(json.items[2]);
    if (m0 && m1) {
      m0['copies'] = -1;
      m1['copies'] = 1.5;
    }
    const errors = errorsOf(json);
    expect(errors.map((e) => e.path)).toEqual([
      'items[2].materials[0].copies',
      'items[2].materials[1].copies',
    ]);
    expect(errors[0]?.zh).toContain('≥ 1');
    expect(errors[0]?.en).toContain('-1');
    expect(errors[1]?.zh).toContain('整数');
    expectBilingual(errors);
  });

  it('names wrong types and unknown (misspelt) fields', () => {
    const json = demo();
    const item = json.items[4];
    if (item) item['promisedWorkdays'] = '3';
    const material = materialsOf(json.items[0])[3];
    if (material) {
      material['wen'] = material['when'];
      delete material['when'];
    }
    const errors = errorsOf(json);
    expect(errors).toContainEqual({
      path: 'items[4].promisedWorkdays',
      zh: '类型错误：应为数字，实际为字符串 "3"',
      en: 'Wrong type: expected a number, got a string "3"',
    });
    expect(errors.find((e) => e.path === 'items[0].materials[3].wen')?.zh).toContain('未知字段');
  });

  it('quotes odd record keys in paths and explains bad situation keys', () => {
    const json = demo();
    json['situations'] = { ...(json['situations'] as object), 'By Agent': '委托' };
    const errors = errorsOf(json);
    expect(errors[0]?.path).toBe('situations["By Agent"]');
    expect(errors[0]?.zh).toContain('情形键格式不正确');
  });

  it('refuses a promise longer than the legal limit and inconsistent handling', () => {
    const json = demo();
    const js004 = json.items.find((i) => i['code'] === 'KFQ-JS-004');
    if (js004) js004['promisedWorkdays'] = 16; // legal: 15 working days
    const js002 = json.items.find((i) => i['code'] === 'KFQ-JS-002');
    if (js002) js002['promisedWorkdays'] = 8; // legal: 7 calendar days
    const sj001 = json.items.find((i) => i['code'] === 'KFQ-SJ-001');
    if (sj001) sj001['tier'] = 'leader'; // instant items are finished at the window
    const errors = errorsOf(json);
    const index = (code: string): number => json.items.findIndex((i) => i['code'] === code);
    expect(errors.map((e) => e.path)).toEqual([
      `items[${index('KFQ-SJ-001')}].tier`,
      `items[${index('KFQ-JS-002')}].promisedWorkdays`,
      `items[${index('KFQ-JS-004')}].promisedWorkdays`,
    ]);
    expectBilingual(errors);
  });

  it('refuses a class B item with nothing that could be tolerated, or no time to supply', () => {
    const json = demo();
    const js002 = json.items.find((i) => i['code'] === 'KFQ-JS-002');
    for (const m of materialsOf(js002)) m['essential'] = true;
    const sj003 = json.items.find((i) => i['code'] === 'KFQ-SJ-003');
    if (sj003) {
      sj003['toleranceClass'] = 'B';
      sj003['promisedWorkdays'] = 0;
      const last = materialsOf(sj003)[0];
      if (last) last['essential'] = false;
    }
    const errors = errorsOf(json);
    expect(errors.map((e) => e.path.replace(/^items\[\d+\]/, ''))).toEqual([
      '.promisedWorkdays',
      '.toleranceClass',
    ]);
  });

  it('exports a schema that agrees with the parser on the demo', () => {
    expect(catalogSchema.safeParse(demoJson).success).toBe(true);
  });
});
