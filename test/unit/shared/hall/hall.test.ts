import { describe, expect, test } from 'vitest';
import { demoHall } from '../../../../shared/demo/hall';
import {
  DOCUMENT_NUMBER_KINDS,
  formatDocumentNumber,
  parseHall,
  ROLES,
  type Hall,
} from '../../../../shared/hall';
import catalog from '../../../../shared/demo/catalog.zh-CN.json' with { type: 'json' };

/** A deep copy to break in one place. */
function copy(): Hall {
  return structuredClone(demoHall);
}

function errorsOf(json: unknown): { path: string; message: string; messageEn: string }[] {
  const r = parseHall(json);
  return r.ok ? [] : r.errors;
}

describe('demo hall', () => {
  test('parses', () => {
    const r = parseHall(demoHall);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok && r.value).toEqual(demoHall);
  });

  test('has exactly the catalog sections, by name', () => {
    const catalogSections = new Set(catalog.items.map((i) => i.section));
    expect(new Set(demoHall.sections.map((s) => s.name))).toEqual(catalogSections);
    expect(demoHall.sections.map((s) => s.name).sort()).toEqual(
      ['企业投资', '商事登记', '基本建设', '社会事务'].sort(),
    );
  });

  test('windows W01–W08; every instant item is authorised to a window of its section', () => {
    expect(demoHall.windows.map((w) => w.code)).toEqual([
      'W01',
      'W02',
      'W03',
      'W04',
      'W05',
      'W06',
      'W07',
      'W08',
    ]);
    const sectionName = new Map(demoHall.sections.map((s) => [s.id, s.name]));
    for (const w of demoHall.windows) {
      for (const code of w.instantItemCodes ?? []) {
        const item = catalog.items.find((i) => i.code === code);
        expect(item, code).toBeDefined();
        expect(item?.handling).toBe('instant');
        expect(w.sectionIds.map((id) => sectionName.get(id))).toContain(item?.section);
      }
    }
    for (const item of catalog.items.filter((i) => i.handling === 'instant')) {
      expect(
        demoHall.windows.some((w) => w.instantItemCodes?.includes(item.code)),
        item.code,
      ).toBe(true);
    }
  });

  test('officer ids are unique and every reference exists', () => {
    const ids = demoHall.officers.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sections = new Set(demoHall.sections.map((s) => s.id));
    const windows = new Set(demoHall.windows.map((w) => w.code));
    const points = new Set((demoHall.servicePoints ?? []).map((p) => p.code));
    for (const o of demoHall.officers) {
      if (o.sectionId !== undefined) expect(sections.has(o.sectionId), o.id).toBe(true);
      if (o.windowCode !== undefined) expect(windows.has(o.windowCode), o.id).toBe(true);
      if (o.servicePointCode !== undefined) expect(points.has(o.servicePointCode), o.id).toBe(true);
      for (const s of o.inChargeOf ?? []) expect(sections.has(s), o.id).toBe(true);
    }
  });

  test('covers every role; every window is staffed; every section has a chief, a reviewer and a leader', () => {
    for (const role of ROLES)
      expect(
        demoHall.officers.some((o) => o.roles.includes(role)),
        role,
      ).toBe(true);
    for (const w of demoHall.windows) {
      expect(
        demoHall.officers.some((o) => o.roles.includes('window') && o.windowCode === w.code),
        w.code,
      ).toBe(true);
    }
    for (const s of demoHall.sections) {
      const staff = demoHall.officers.filter((o) => o.sectionId === s.id);
      expect(
        staff.some((o) => o.roles.includes('chief')),
        s.name,
      ).toBe(true);
      expect(staff.filter((o) => o.roles.includes('reviewer')).length, s.name).toBeGreaterThanOrEqual(2);
      const leaders = demoHall.officers.filter(
        (o) => o.roles.includes('leader') && o.inChargeOf?.includes(s.id),
      );
      expect(leaders, s.name).toHaveLength(1);
    }
    expect(demoHall.officers.filter((o) => o.roles.includes('leader'))).toHaveLength(2);
  });

  test('document numbers', () => {
    expect(formatDocumentNumber(demoHall, 'receipt', 2026, 123)).toBe('开审受字〔2026〕第0123号');
    expect(formatDocumentNumber(demoHall, 'refusal', 2026, 12345)).toBe('开审不受字〔2026〕第12345号');
    for (const kind of DOCUMENT_NUMBER_KINDS)
      expect(demoHall.documentNumberPrefixes[kind]).toMatch(/^开审.+字$/);
    expect(() => formatDocumentNumber(demoHall, 'receipt', 2026, 0)).toThrow('文号序号应为正整数');
  });
});

describe('parseHall refusals name the place and the problem in both languages', () => {
  test('a window officer at a window that does not exist', () => {
    const hall = copy();
    hall.officers[0] = { id: 'KFQ0101', name: '王晓燕', roles: ['window'], windowCode: 'W09' };
    expect(errorsOf(hall)).toEqual([
      { path: 'officers[0].windowCode', message: '窗口 W09 不存在', messageEn: 'There is no window W09' },
    ]);
  });

  test('a window officer without a window, a reviewer without a section, an agent without a service point', () => {
    const hall = copy();
    hall.officers.push(
      { id: 'KFQ0901', name: '甲', roles: ['window'] },
      { id: 'KFQ1901', name: '乙', roles: ['reviewer'] },
      { id: 'KFQ5901', name: '丙', roles: ['agent'] },
    );
    const paths = errorsOf(hall).map((e) => e.path);
    const n = demoHall.officers.length;
    expect(paths).toEqual([
      `officers[${n}].windowCode`,
      `officers[${n + 1}].sectionId`,
      `officers[${n + 2}].servicePointCode`,
    ]);
  });

  test('duplicates: officer id, window code, a service point reusing a window code', () => {
    const hall = copy();
    hall.officers.push({ id: 'KFQ9001', name: '林浩然', roles: ['admin'] });
    hall.windows.push({ code: 'W01', name: '重复窗口', sectionIds: ['business'] });
    hall.servicePoints = [{ code: 'W02', name: '重复服务点' }];
    const errors = errorsOf(hall);
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['窗口编号 W01 重复', '编号 W02 已被使用', '工号 KFQ9001 重复']),
    );
    expect(errors.find((e) => e.path === 'windows[8].code')?.messageEn).toBe('Duplicate window code W01');
  });

  test('a window serving an unknown section', () => {
    const hall = copy();
    hall.windows[6] = { code: 'W07', name: '综合受理7号窗口', sectionIds: ['tax'] };
    expect(errorsOf(hall)).toEqual([
      { path: 'windows[6].sectionIds[0]', message: '科室 tax 不存在', messageEn: 'There is no section tax' },
    ]);
  });

  test('zod’s own messages come in Chinese and English', () => {
    const { supervision: _dropped, ...rest } = copy();
    const [missing] = errorsOf({ ...rest, phone: 7190000000 });
    expect(missing?.path).toBe('phone');
    expect(missing?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(missing?.messageEn).toMatch(/expected string/i);
    const paths = errorsOf({ ...rest }).map((e) => e.path);
    expect(paths).toEqual(['supervision']);
  });

  test('our own format rules come in both languages', () => {
    const hall = copy();
    hall.officers[0] = { id: 'kfq-1', name: '王晓燕', roles: ['window'], windowCode: 'W01' };
    expect(errorsOf(hall)).toEqual([
      {
        path: 'officers[0].id',
        message: '工号应为 4–16 位大写字母或数字，如 KFQ0101',
        messageEn: 'An officer id has 4–16 capital letters or digits, e.g. KFQ0101',
      },
    ]);
  });

  test('tolerance rule, supervision threshold and calendar overrides are checked', () => {
    const hall: unknown = {
      ...copy(),
      tolerance: { onDefault: 'pause-then-terminate' },
      supervision: { yellowAt: 1.5 },
      calendar: { extraWorkdays: [{ date: '2026-02-30', name: '值班' }] },
    };
    const paths = errorsOf(hall).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'supervision.yellowAt',
        'tolerance.graceWorkingDays',
        'calendar.extraWorkdays[0].date',
      ]),
    );
    const ok = parseHall({
      ...copy(),
      tolerance: { onDefault: 'pause-then-terminate', graceWorkingDays: 5 },
    });
    expect(ok.ok).toBe(true);
  });

  test('not an object at all', () => {
    const [e] = errorsOf('hall');
    expect(e?.path).toBe('');
    expect(e?.messageEn).toMatch(/expected object/i);
  });
});
