import fontkit from '@pdf-lib/fontkit';
import { describe, expect, test } from 'vitest';
import { loadHarfbuzzSubset, readFont } from '../../../../scripts/node/fonts';
import { createHarfbuzzSubsetter } from '../../../../shared/documents';

describe('the harfbuzz subsetter (one face per font, kept)', () => {
  test('a subset holds every requested character and little else', async () => {
    const subset = createHarfbuzzSubsetter(await loadHarfbuzzSubset(), readFont);
    const text = '受理通知书开审受字〔2026〕第0123号';
    const bytes = await subset('serif', 'regular', text);
    const font = fontkit.create(bytes);
    for (const ch of text) expect(font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0), ch).toBe(true);
    expect(font.hasGlyphForCodePoint('局'.codePointAt(0) ?? 0)).toBe(false);
    expect(bytes.length).toBeLessThan(12_000);
  });

  test('calls for different fonts at once all resolve to their own face', async () => {
    const subset = createHarfbuzzSubsetter(await loadHarfbuzzSubset(), readFont);
    const [serif, sans, serifBold, sansBold] = await Promise.all([
      subset('serif', 'regular', '审'),
      subset('sans', 'regular', '审'),
      subset('serif', 'bold', '审'),
      subset('sans', 'bold', '审'),
    ]);
    const names = [serif, sans, serifBold, sansBold].map(
      (b) => fontkit.create(b ?? new Uint8Array()).postscriptName,
    );
    expect(names).toEqual([
      'NotoSerifSC-Regular',
      'NotoSansSC-Regular',
      'NotoSerifSC-Bold',
      'NotoSansSC-Bold',
    ]);
  });

  test('a font that cannot be read rejects that call and is read again on the next one', async () => {
    let attempts = 0;
    const subset = createHarfbuzzSubsetter(await loadHarfbuzzSubset(), async (face, weight) => {
      attempts += 1;
      if (attempts === 1) throw new Error('disk not ready');
      return readFont(face, weight);
    });
    await expect(subset('sans', 'regular', '审')).rejects.toThrow('disk not ready');
    await expect(subset('sans', 'regular', '审')).resolves.toBeInstanceOf(Uint8Array);
    expect(attempts).toBe(2);
  });
});
