import { beforeAll, describe, expect, test } from 'vitest';
import { nodeRenderDeps } from '../../../../scripts/node/fonts';
import { renderDocumentDetailed, type DocumentKind, type RenderDeps } from '../../../../shared/documents';
import { counterZh } from '../../../../renderer/i18n/messages-counter';
import { runDocCommand } from '../../../../scripts/doc';
import { decodeQr, fixture, flat, hasZbar, pdfPages, ROOT, writeOutput, OUTPUT_DIR } from './support';
import { join } from 'node:path';

// Issue 12 (E, F): the papers as the applicant reads them, rendered with the real fonts and read
// back with pdftotext.

let deps: RenderDeps;
beforeAll(async () => {
  deps = await nodeRenderDeps();
  // The first render reads the fonts and harfbuzz: done here, so no test's time includes it.
  await renderDocumentDetailed('receipt', fixture('receipt'), deps);
}, 60_000);

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

describe('补正材料通知书', () => {
  test('npm run doc renders its fixture: the request, the pause, where to bring it, the QR code', async () => {
    const pdf = join(OUTPUT_DIR, 'correction-notice-cli.pdf');
    const lines: string[] = [];
    const code = await runDocCommand(
      ['correction-notice', join(ROOT, 'test/fixtures/documents/correction-notice.json'), pdf],
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
    );
    expect(code, lines.join('\n')).toBe(0);
    const text = flat(pdfPages(pdf).join(''));
    for (const expected of [
      '补正材料通知书',
      '开审补字〔2026〕第W0511240002-1号',
      '消防设计文件第3页缺少设计单位签章',
      '自2026年11月26日起暂停计算办理时限',
      '提交至十堰经济技术开发区政务服务中心综合受理5号窗口',
      '420303********4325',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('特别程序');
    if (hasZbar || process.env['CI'])
      expect(decodeQr(pdf)).toEqual(['http://127.0.0.1:4310/query?case=W05-20261124-0002&code=730415']);
  });
});
