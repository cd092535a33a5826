import { describe, expect, it } from 'vitest';
import type { CaseState } from '../../../../shared/domain';
import {
  caseMatches,
  searchKeysOf,
  searchPlan,
  searchText,
  SUFFIX_KEY,
} from '../../../../renderer/db/search-keys';
import { demoDay } from '../../../fixtures/demo-day';

const base = demoDay({ date: '2026-12-03', count: 1 }).cases[0]!;

function caseOf(name: string, item: string, idNumber: string, phone: string, caseNumber: string): CaseState {
  return {
    ...base,
    caseId: caseNumber,
    caseNumber,
    applicant: { ...base.applicant, name, idNumber, phone },
    item: { ...base.item, name: item },
  };
}

const cases = [
  caseOf(
    '十堰星光广告有限公司',
    '户外广告设施设置许可',
    '91420300MA49X1234K',
    '07198651234',
    'W01-20261203-0001',
  ),
  caseOf('张伟', '个体工商户设立登记', '420302199001015678', '13907195566', 'W01-20261203-0002'),
  caseOf('王芳', '食品经营许可（新办）', '42030219850505432X', '13800001111', 'W02-20261203-0003'),
];

/** searchCases' query over the index, in memory: the plan's ranges, checked in full when it says. */
function search(query: string): string[] {
  const q = searchText(query);
  if (q === '') return [];
  const plan = searchPlan(q);
  return cases
    .filter((c) => searchKeysOf(c).some((k) => plan.ranges.some(([lo, hi]) => k >= lo && k <= hi)))
    .filter((c) => !plan.check || caseMatches(c, q))
    .map((c) => c.applicant.name);
}

describe('the workbench search (searchKeysOf, searchPlan over the index)', () => {
  it('finds any part of a name, not only its start', () => {
    expect(search('星光')).toEqual(['十堰星光广告有限公司']);
    expect(search('有限公司')).toEqual(['十堰星光广告有限公司']);
    expect(search('伟')).toEqual(['张伟']);
  });

  it('finds any part of the item name', () => {
    expect(search('广告')).toEqual(['十堰星光广告有限公司']);
    expect(search('工商户')).toEqual(['张伟']);
    expect(search('经营许可')).toEqual(['王芳']);
  });

  it('finds a part longer than the index keys, checked in full', () => {
    expect(search('堰星光广告有限公司')).toEqual(['十堰星光广告有限公司']);
    expect(search('堰星光广告有限公X')).toEqual([]);
    expect(search('外广告设施设置许可')).toEqual(['十堰星光广告有限公司']);
  });

  it('finds the last 4 digits of an ID number or a phone', () => {
    expect(search('5678')).toEqual(['张伟']);
    expect(search('432x')).toEqual(['王芳']);
    expect(search('432X')).toEqual(['王芳']);
    expect(search('5566')).toEqual(['张伟']);
    // 1234 ends both the credit code and the phone of the company
    expect(search('1234')).toEqual(['十堰星光广告有限公司']);
  });

  it('reads full-width digits and letters as ASCII', () => {
    expect(searchText('１３９０７１９')).toBe('1390719');
    expect(search('５６７８')).toEqual(['张伟']);
    expect(search('１３９０７１９５')).toEqual(['张伟']);
    expect(search('ｗ０２')).toEqual(['王芳']);
    expect(search('４３２Ｘ')).toEqual(['王芳']);
  });

  it('still finds case numbers, ID numbers and phones by their start', () => {
    expect(search('W01-20261203')).toEqual(['十堰星光广告有限公司', '张伟']);
    expect(search('w02')).toEqual(['王芳']);
    expect(search('4203021990')).toEqual(['张伟']);
    expect(search('138')).toEqual(['王芳']);
    expect(search(' 139 0719 ')).toEqual(['张伟']);
  });

  it('looks a long query up in two narrow ranges, not over its first characters', () => {
    // Every case number of a month shares "w01-2026"; the range must not be all of them.
    expect(searchPlan('w01-20261203-0002').ranges).toEqual([
      ['w01-2026', 'w01-2026'],
      ['w01-20261203-0002', 'w01-20261203-0002\uffff'],
    ]);
    expect(search('W01-20261203-0002')).toEqual(['张伟']);
  });

  it('does not find the middle of an ID number or phone', () => {
    expect(search('19900101')).toEqual([]);
    expect(search('8651')).toEqual([]);
  });

  it('keeps every key short: parts are cut to the index key length', () => {
    for (const c of cases)
      for (const key of searchKeysOf(c)) {
        const whole = [c.caseNumber, c.applicant.name, c.item.name, c.applicant.idNumber, c.applicant.phone];
        expect(key.length <= SUFFIX_KEY || whole.map(searchText).includes(key)).toBe(true);
      }
  });
});
