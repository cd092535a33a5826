import { describe, expect, it } from 'vitest';
import { coverageRuns } from '../../../../scripts/font-coverage';
import { FONT_COVERAGE_RUNS } from '../../../../shared/documents/font-coverage';
import { unprintableChars } from '../../../../shared/documents/printable';
import {
  ADDRESS_MAX,
  addressProblem,
  nameProblem,
  normalizePhone,
  phoneProblem,
} from '../../../../shared/preapply';

const NAME = { zh: '申请人姓名', en: "applicant's name" };

describe('characters the papers can print', () => {
  it('the table is what both document fonts draw (regenerate with scripts/font-coverage.ts)', () => {
    expect([...FONT_COVERAGE_RUNS]).toEqual(coverageRuns());
  });

  it('emoji and symbols outside the fonts are found; Chinese, Latin and full-width text are fine', () => {
    expect(unprintableChars('张三😀李四🎉😀')).toEqual(['😀', '🎉']);
    expect(unprintableChars('❤️')).toEqual(['❤']);
    expect(unprintableChars('欧阳娜娜 Anna·Müller（有限公司）１２３－')).toEqual([]);
  });
});

describe('names, addresses and phones on the applicant step and the pre-application page', () => {
  it('refuses a name the papers cannot print, naming the character, in both languages', () => {
    expect(nameProblem('张三😀', NAME)).toEqual({
      zh: '申请人姓名中的“😀”无法打印在文书上（如表情符号），请删除或改用文字',
      en: "The applicant's name contains “😀”, which the papers cannot print (such as emoji): remove it or write it in words",
    });
    expect(nameProblem('张三', NAME)).toBeUndefined();
    expect(nameProblem('  ', NAME)?.zh).toBe('请填写申请人姓名');
    expect(nameProblem('张'.repeat(61), NAME)?.zh).toBe('申请人姓名至多 60 个字（现有 61 个）');
  });

  it('refuses an address past the limit instead of cutting it', () => {
    expect(addressProblem('')).toBeUndefined();
    expect(addressProblem('车'.repeat(ADDRESS_MAX))).toBeUndefined();
    expect(addressProblem('车'.repeat(ADDRESS_MAX + 1))?.zh).toBe('地址至多 100 个字（现有 101 个），请删减');
    expect(addressProblem('车城路1号🏠')?.zh).toContain('“🏠”无法打印');
  });

  it('takes full-width digits in a phone number as it does in an ID', () => {
    expect(phoneProblem('１３８００００００００')).toBeUndefined();
    expect(phoneProblem('０７１９－８０００００００')).toBeUndefined();
    expect(normalizePhone('１３８　００００ ００００')).toBe('13800000000');
    expect(phoneProblem('１３８')).toBeDefined();
  });
});
