import { beforeAll, describe, expect, test } from 'vitest';
import { nodeRenderDeps } from '../../../../scripts/node/fonts';
import { renderDocumentDetailed, type DocumentKind, type RenderDeps } from '../../../../shared/documents';
import { counterZh } from '../../../../renderer/i18n/messages-counter';
import { fixture, flat, pdfPages, writeOutput } from './support';

// Issue 12 (E, F): the papers as the applicant reads them, rendered with the real fonts and read
// back with pdftotext.

let deps: RenderDeps;
beforeAll(async () => {
  deps = await nodeRenderDeps();
});

async function render(name: string, kind: DocumentKind, input: unknown): Promise<string> {
  const result = await renderDocumentDetailed(kind, input, deps);
  expect(result.missingGlyphs).toEqual([]);
  return flat(pdfPages(writeOutput(name, result.bytes)).join(''));
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the refusal says each thing once', () => {
  test.each([
    ['other-authority', { kind: 'other-authority', authority: '十堰市教育局' }, '不属于本机关职权范围'],
    ['not-licensing', { kind: 'not-licensing' }, '不需要取得行政许可'],
    ['false-materials', { kind: 'false-materials' }, '虚假材料'],
  ] as const)('%s, with the counter’s default text', async (kind, reason, statement) => {
    const text = counterZh[`refusal.text.${kind}`].replace('{authority}', '十堰市教育局');
    const printed = await render(`refusal-default-${kind}`, 'refusal', {
      ...fixture('refusal'),
      reason,
      text,
    });
    expect(count(printed, '经审查')).toBe(1);
    expect(count(printed, statement)).toBe(1);
    expect(count(printed, '不予受理。')).toBeLessThanOrEqual(1);
    if (kind === 'other-authority') {
      expect(count(printed, '请向')).toBe(1);
      expect(printed).toContain('请向十堰市教育局提出申请。');
    }
  });

  test('the officer’s own facts come first, then the reason’s statement', async () => {
    const printed = await render('refusal-facts', 'refusal', fixture('refusal'));
    expect(printed).toContain(
      '经审查，申请排水的建设项目位于茅箭区二堰街道，不在本开发区管辖范围内，你单位申请的事项依法不属于本机关职权范围。',
    );
    expect(count(printed, '请向')).toBe(1);
  });
});

describe('a company’s credit code is public', () => {
  test('printed whole on its own receipt; a person’s ID stays masked', async () => {
    const company = fixture('tolerance-notice')['applicant'];
    const printed = await render('receipt-uscc', 'receipt', { ...fixture('receipt'), applicant: company });
    expect(printed).toContain('91420300MA4948XK2G');
    const receipt = await render('receipt-person', 'receipt', fixture('receipt'));
    expect(receipt).toContain('420302********1237');
  });
});

describe('a mailed result', () => {
  test('the 送达回证 prints the address and the phone it went to', async () => {
    const printed = await render('delivery-receipt-mail', 'delivery-receipt', {
      ...fixture('delivery-receipt'),
      method: 'mail',
      trackingNumber: 'SF1234567890',
      place: '十堰市张湾区车城路1号',
      recipientPhone: '13800000000',
    });
    expect(printed).toContain('邮寄地址十堰市张湾区车城路1号');
    expect(printed).toContain('联系电话13800000000');
    expect(printed).toContain('邮寄送达（邮件单号：SF1234567890）');
  });
});
