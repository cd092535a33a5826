import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NO_LINE_END, NO_LINE_START, wrapText } from '../../../../shared/documents/text-wrap';

// A fixed-pitch measure: CJK one unit, everything else half.
const measure = (t: string) =>
  [...t].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5), 0);

describe('wrapText (Chinese line breaking)', () => {
  test('breaks between any two Chinese characters and fills each line', () => {
    expect(wrapText('一二三四五六七八九十', 4, measure)).toEqual(['一二三四', '五六七八', '九十']);
  });

  test('closing punctuation never starts a line: it takes the character before it along', () => {
    const lines = wrapText('申请材料齐全，符合法定形式。', 6, measure);
    expect(lines).toEqual(['申请材料齐', '全，符合法定', '形式。']);
    for (const line of lines) expect(NO_LINE_START.has([...line][0] ?? '')).toBe(false);
  });

  test('opening punctuation never ends a line', () => {
    const lines = wrapText('根据《中华人民共和国行政许可法》', 3, measure);
    for (const line of lines) expect(NO_LINE_END.has([...line].at(-1) ?? '')).toBe(false);
    expect(lines.join('')).toBe('根据《中华人民共和国行政许可法》');
  });

  test('case numbers and phone numbers stay whole unless longer than a line', () => {
    expect(wrapText('办件编号W01-20261124-0007已登记', 9, measure)).toEqual([
      '办件编号',
      'W01-20261124-0007',
      '已登记',
    ]);
    const long = wrapText('A'.repeat(30), 5, measure);
    expect(long.every((l) => measure(l) <= 5)).toBe(true);
    expect(long.join('')).toBe('A'.repeat(30));
  });

  test('hard line breaks are kept and the first-line indent shortens the first line only', () => {
    expect(wrapText('一二\n三四五六七', 4, measure)).toEqual(['一二', '三四五六', '七']);
    expect(wrapText('一二三四五六七八', 4, measure, 2)).toEqual(['一二', '三四五六', '七八']);
  });

  test('property: no line is wider than the measure, no text is lost, no line starts with closing punctuation', () => {
    // Units a text is made of: a character, maybe opened or closed by one punctuation mark, or a number.
    const unit = fc.oneof(
      fc.constantFrom(...'行政审批局受理通知书申请材料'),
      fc.tuple(fc.constantFrom(...'（《“'), fc.constantFrom(...'许可法')).map(([a, b]) => a + b),
      fc.tuple(fc.constantFrom(...'齐全形式'), fc.constantFrom(...'，。；：、）》”')).map(([a, b]) => a + b),
      fc.stringMatching(/^[0-9A-Z-]{1,6}$/),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), fc.integer({ min: 4, max: 30 }), (units, width) => {
        const text = units.join('');
        const lines = wrapText(text, width, measure);
        lines.forEach((line, i) => {
          expect(measure(line)).toBeLessThanOrEqual(width);
          if (i > 0) expect(NO_LINE_START.has([...line][0] ?? '')).toBe(false);
          if (i < lines.length - 1) expect(NO_LINE_END.has([...line].at(-1) ?? '')).toBe(false);
        });
        expect(lines.join('')).toBe(text);
      }),
    );
  });
});
