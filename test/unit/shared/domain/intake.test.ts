import { describe, expect, it } from 'vitest';
import { evaluateIntake } from '../../../../shared/domain';
import { demoItem } from './fixtures';

const ids = (materials: ReadonlyArray<{ id: string }>): string[] => materials.map((m) => m.id);
const sj001 = demoItem('KFQ-SJ-001'); // class A, instant; M04 vending-machine, M05 by-agent
const js004 = demoItem('KFQ-JS-004'); // class B; M01–M07 essential, M08–M11 not

describe('evaluateIntake', () => {
  it('accepts a complete class A application, asking only for materials of the situations that apply', () => {
    const result = evaluateIntake(sj001, {
      received: ['KFQ-SJ-001-M01', 'KFQ-SJ-001-M02', 'KFQ-SJ-001-M03'],
      situations: [],
      credit: 'normal',
    });
    expect(result.outcome).toBe('accept');
    expect(ids(result.required)).toEqual(['KFQ-SJ-001-M01', 'KFQ-SJ-001-M02', 'KFQ-SJ-001-M03']);
    expect(result.missing).toEqual([]);
    expect(result.reasons).toEqual(['材料齐全，符合受理条件']);
    expect(result.codes).toEqual(['complete']);
  });

  it('requires M04 when the applicant sells through vending machines, and never tolerates on class A', () => {
    const result = evaluateIntake(sj001, {
      received: ['KFQ-SJ-001-M01', 'KFQ-SJ-001-M02', 'KFQ-SJ-001-M03'],
      situations: ['vending-machine'],
      credit: 'good',
    });
    expect(ids(result.required)).toContain('KFQ-SJ-001-M04');
    expect(result.outcome).toBe('notify-missing');
    expect(ids(result.missingEssential)).toEqual(['KFQ-SJ-001-M04']);
    expect(result.missingTolerable).toEqual([]);
    expect(result.reasons).toContain('A类事项不允许容缺');
    expect(result.reasons.some((r) => r.startsWith('缺少要件：自动售货设备'))).toBe(true);
    expect(result.reasons.at(-1)).toBe('应出具一次性告知书，一次告知全部1项缺少材料');
  });

  it('refuses tolerance on class A even for a non-essential material', () => {
    const variant = {
      ...sj001,
      materials: sj001.materials.map((m) => (m.id === 'KFQ-SJ-001-M03' ? { ...m, essential: false } : m)),
    };
    const result = evaluateIntake(variant, {
      received: ['KFQ-SJ-001-M01', 'KFQ-SJ-001-M02'],
      situations: [],
      credit: 'good',
    });
    expect(result.outcome).toBe('notify-missing');
    expect(result.codes).toContain('class-a-no-tolerance');
    expect(ids(result.missing)).toEqual(['KFQ-SJ-001-M03']);
  });

  it('tolerates the four non-essential materials of a class B item, in catalog order', () => {
    const essentials = js004.materials.filter((m) => m.essential).map((m) => m.id);
    const result = evaluateIntake(js004, { received: essentials, situations: [], credit: 'good' });
    expect(result.outcome).toBe('accept-with-tolerance');
    expect(ids(result.missingTolerable)).toEqual([
      'KFQ-JS-004-M08',
      'KFQ-JS-004-M09',
      'KFQ-JS-004-M10',
      'KFQ-JS-004-M11',
    ]);
    expect(result.missingEssential).toEqual([]);
    expect(result.codes).toEqual(['missing-non-essential', 'tolerance-allowed', 'green-channel']);
    expect(result.reasons[1]).toContain('容缺受理承诺书');
  });

  it('gives a dishonest applicant a one-time notice instead of tolerance', () => {
    const essentials = js004.materials.filter((m) => m.essential).map((m) => m.id);
    const result = evaluateIntake(js004, { received: essentials, situations: [], credit: 'dishonest' });
    expect(result.outcome).toBe('notify-missing');
    expect(result.reasons).toContain('申请人列入失信名单，不适用容缺受理');
    expect(ids(result.missing)).toHaveLength(4);
    expect(result.missingTolerable).toEqual([]);
  });

  it('lists ALL missing materials when an essential one is missing on a class B item', () => {
    const received = js004.materials
      .map((m) => m.id)
      .filter((id) => id !== 'KFQ-JS-004-M01' && id !== 'KFQ-JS-004-M09');
    const result = evaluateIntake(js004, { received, situations: [], credit: 'good' });
    expect(result.outcome).toBe('notify-missing');
    expect(ids(result.missing)).toEqual(['KFQ-JS-004-M01', 'KFQ-JS-004-M09']);
    expect(ids(result.missingEssential)).toEqual(['KFQ-JS-004-M01']);
    expect(result.missingTolerable).toEqual([]);
    expect(result.codes).toEqual([
      'missing-essential',
      'missing-non-essential',
      'essential-never-tolerated',
      'one-time-notice',
    ]);
    expect(result.reasons).toContain('要件不允许容缺');
  });

  it('reports received materials that were not needed without changing the outcome', () => {
    const result = evaluateIntake(sj001, {
      received: [
        'KFQ-SJ-001-M01',
        'KFQ-SJ-001-M02',
        'KFQ-SJ-001-M03',
        'KFQ-SJ-001-M05',
        'STRAY',
        'KFQ-SJ-001-M01',
      ],
      situations: ['donated-assets'],
      credit: 'normal',
    });
    expect(result.outcome).toBe('accept');
    expect(result.notRequired).toEqual(['KFQ-SJ-001-M05', 'STRAY']);
    expect(result.codes).toEqual(['complete', 'not-required']);
    expect(result.reasons[1]).toContain('授权委托书');
    expect(result.reasons[1]).toContain('STRAY');
  });
});
