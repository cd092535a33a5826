import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeRenderDeps } from '../../../../scripts/node/fonts';
import {
  buildDocument,
  DOCUMENT_KINDS,
  parseQrPayload,
  renderDocumentDetailed,
  renderModel,
  type DocumentKind,
  type RenderDeps,
} from '../../../../shared/documents';
import {
  decodeQr,
  demoItem,
  fixture,
  flat,
  hasZbar,
  OUTPUT_DIR,
  pdfPages,
  wordBoxes,
  writeOutput,
} from './support';

// Every kind rendered for the demo cases with the real fonts, read back with poppler. The PDFs
// and a PNG of each first page are left in test/output/documents/ for a person to look at.

let deps: RenderDeps;
beforeAll(async () => {
  deps = await nodeRenderDeps();
});

// Persons' IDs; a company's credit code is public and printed whole on its own papers.
const FULL_IDS = ['420302199001011237', '420303198507154325', '420302198809091239'];

/** The embedded fonts' names as poppler lists them. */
function embeddedFonts(pdf: string): string[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((l) => l.split(/\s+/)[0] ?? '');
}

async function render(name: string, kind: DocumentKind, input: unknown) {
  const result = await renderDocumentDetailed(kind, input, deps);
  const pdf = writeOutput(name, result.bytes);
  const pages = pdfPages(pdf);
  return { ...result, pdf, pages, text: flat(pages.join('')) };
}

describe('every kind renders from its fixture', () => {
  test.each(DOCUMENT_KINDS)('%s: Chinese text, no full ID, nothing outside the margins', async (kind) => {
    const input = fixture(kind);
    const { pdf, text, pageCount, missingGlyphs, bytes } = await render(kind, kind, input);
    expect(missingGlyphs).toEqual([]);
    expect(pageCount).toBeGreaterThanOrEqual(1);
    expect(text).toContain('十堰经济技术开发区');
    for (const id of FULL_IDS) expect(text).not.toContain(id);
    expect(bytes.length).toBeLessThan(90_000);

    const built = buildDocument(kind, input);
    if (!built.ok) throw new Error(built.error.message);
    const { margin } = built.value.page;
    const { pages, words } = wordBoxes(pdf);
    expect(pages).toHaveLength(pageCount);
    for (const w of words) {
      const page = pages[w.page - 1];
      if (!page) throw new Error(`word on unknown page ${w.page}`);
      // Tolerance: 1 pt for side bearings; poppler's boxes also reach the font's ascender (1.16 em),
      // above the ideographic em box the layout places.
      expect.soft(w.xMin, `${w.text} (page ${w.page})`).toBeGreaterThanOrEqual(margin.left - 1);
      expect.soft(w.xMax, `${w.text} (page ${w.page})`).toBeLessThanOrEqual(page.width - margin.right + 1);
      expect.soft(w.yMin, `${w.text} (page ${w.page})`).toBeGreaterThanOrEqual(margin.top - 6);
      expect.soft(w.yMax, `${w.text} (page ${w.page})`).toBeLessThanOrEqual(page.height - 4);
    }
  });

  test('a notice embeds one font per face: serif for the text, sans for its tables', async () => {
    const { pdf } = await render('missing-notice', 'missing-notice', fixture('missing-notice'));
    expect(embeddedFonts(pdf).sort()).toEqual(['OWSANR+NotoSansSC-Regular', 'OWSERR+NotoSerifSC-Regular']);
  });

  test('the same input gives the same bytes (reprints are identical)', async () => {
    const a = await renderDocumentDetailed('receipt', fixture('receipt'), deps);
    const b = await renderDocumentDetailed('receipt', fixture('receipt'), deps);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe('instant class A item KFQ-SJ-001: receipt, decision and certificate', () => {
  test('the receipt has the numbers, dates, masked ID, materials and officer', async () => {
    const { text, pageCount, bytes } = await render('receipt-class-a', 'receipt', fixture('receipt'));
    expect(pageCount).toBe(1);
    for (const expected of [
      '受理通知书',
      '开审受字〔2026〕第0123号',
      'W01-20261124-0007',
      '582931',
      '张三',
      '420302********1237',
      '13800000000',
      '食品经营许可（新办）',
      'KFQ-SJ-001',
      '2026年11月24日9时30分',
      '即办件（当场办结）',
      '综合受理1号窗口',
      '王晓燕',
      '《中华人民共和国行政许可法》第三十二条第一款第（五）项',
      '已收取的申请材料',
      '扫码查询办理进度',
    ]) {
      expect(text).toContain(expected);
    }
    for (const m of demoItem('KFQ-SJ-001').materials.filter(
      (m) => !m.id.endsWith('M04') && !m.id.endsWith('M05'),
    )) {
      expect(text).toContain(m.name);
    }
    // The target: ≤ 30 KB (against ≈ 6.4 MB with the face embedded whole). One font:
    // the receipt is set in Noto Sans SC alone, its bold (title, headings, seal) drawn heavier.
    expect(bytes.length).toBeLessThanOrEqual(30 * 1024);
    expect(embeddedFonts(writeOutput('receipt-size', bytes))).toEqual(['OWSANR+NotoSansSC-Regular']);
  });

  test.skipIf(!hasZbar && !process.env['CI'])(
    'the QR code decodes to the case number and query code',
    async () => {
      // zbarimg comes from zbar-tools (scripts/setup-cups.sh installs it); CI always has it.
      const { pdf } = await render('receipt-qr', 'receipt', fixture('receipt'));
      const decoded = decodeQr(pdf);
      expect(decoded).toEqual(['ONEWINDOW:W01-20261124-0007:582931']);
      expect(parseQrPayload(decoded[0] ?? '')).toEqual({
        caseNumber: 'W01-20261124-0007',
        queryCode: '582931',
      });
    },
  );

  test('the decision and the certificate carry the licence number and validity', async () => {
    const decision = await render('decision-approved', 'decision', fixture('decision'));
    for (const expected of [
      '准予行政许可决定书',
      '开审许字〔2026〕第0045号',
      'JY14203000000123',
      '2026年11月24日至2031年11月23日',
      '第三十四条、第三十八条第一款',
    ]) {
      expect(decision.text).toContain(expected);
    }
    const certificate = await render('certificate-food', 'certificate', fixture('certificate'));
    expect(certificate.pageCount).toBe(1);
    for (const expected of [
      '食品经营许可证',
      '（正本）',
      'JY14203000000123',
      '420302********1237',
      '有效期',
      '发证机关',
    ]) {
      expect(certificate.text).toContain(expected);
    }
  });

  test('the delivery receipt has the time to the minute and the documents delivered', async () => {
    const { text } = await render('delivery-receipt', 'delivery-receipt', fixture('delivery-receipt'));
    for (const expected of [
      '送达回证',
      '2026年11月24日10时12分',
      '准予行政许可决定书（开审许字〔2026〕第0045号）',
      '受送达人（签名或盖章）',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('class B item KFQ-JS-004 with two tolerated materials', () => {
  const item = demoItem('KFQ-JS-004');
  const toleratedIds = ['KFQ-JS-004-M08', 'KFQ-JS-004-M10'];
  const dueDates = ['2026-12-04', '2026-12-08'];

  test('the receipt lists received and tolerated materials with their deadlines', async () => {
    const notice = fixture('tolerance-notice');
    const form = (f: string) => f as 'original' | 'copy';
    const input = {
      ...notice,
      number: '开审受字〔2026〕第0124号',
      received: item.materials
        .filter((m) => !toleratedIds.includes(m.id))
        .map((m) => ({ name: m.name, form: form(m.form), copies: m.copies })),
      tolerated: toleratedIds.map((id, i) => {
        const m = item.materials.find((x) => x.id === id);
        if (!m) throw new Error(id);
        return { name: m.name, form: form(m.form), copies: m.copies, dueDate: dueDates[i] };
      }),
      rule: undefined,
    };
    delete (input as Record<string, unknown>)['rule'];
    const { text, pageCount } = await render('receipt-class-b', 'receipt', input);
    expect(pageCount).toBeLessThanOrEqual(2);
    expect(text).toContain('容缺受理');
    expect(text).toContain('二、容缺材料');
    expect(text).toContain('2026年12月4日');
    expect(text).toContain('2026年12月8日');
    expect(text).toContain('2026年12月10日');
    expect(text).toContain('91420300MA4948XK2G');
    for (const m of item.materials) expect(text).toContain(m.name);
  });

  test('the tolerance notice and the commitment name both materials, the deadline and the consequence', async () => {
    const notice = await render('tolerance-notice', 'tolerance-notice', fixture('tolerance-notice'));
    const commitment = await render(
      'tolerance-commitment',
      'tolerance-commitment',
      fixture('tolerance-commitment'),
    );
    for (const doc of [notice, commitment]) {
      for (const id of toleratedIds)
        expect(doc.text).toContain(item.materials.find((m) => m.id === id)?.name);
      expect(doc.text).toContain('2026年12月8日');
      expect(doc.text).toContain('终止办理');
    }
    expect(notice.text).toContain('开审容字〔2026〕第0017号');
    expect(notice.text).toContain('承诺办结日期为2026年12月10日');
    expect(commitment.text).toContain('承诺单位（盖章）');
  });
});

describe('refusals and the one-time notice', () => {
  test('the refusal names the right authority and the remedies with their time limits', async () => {
    const { text } = await render('refusal-other-authority', 'refusal', fixture('refusal'));
    for (const expected of [
      '不予受理通知书',
      '开审不受字〔2026〕第0006号',
      '第三十二条第一款第（二）项',
      '请向十堰市茅箭区行政审批局提出申请',
      '六十日内依照《中华人民共和国行政复议法》向十堰市人民政府申请行政复议',
      '六个月内依照《中华人民共和国行政诉讼法》向十堰市茅箭区人民法院提起行政诉讼',
    ]) {
      expect(text).toContain(expected);
    }
  });

  test('a denial prints its reasons and the right to appeal', async () => {
    const input = {
      ...fixture('decision'),
      outcome: 'denied',
      number: '开审不许字〔2026〕第0002号',
      reasons: '经现场核查，经营场所与申请材料所述不符，不具备与经营项目相适应的冷藏设施',
      remedies: fixture('refusal')['remedies'],
    };
    delete (input as Record<string, unknown>)['licence'];
    delete (input as Record<string, unknown>)['pickup'];
    const { text } = await render('decision-denied', 'decision', input);
    expect(text).toContain('不予行政许可决定书');
    expect(text).toContain('不具备与经营项目相适应的冷藏设施');
    expect(text).toContain('第三十八条第二款');
    expect(text).toContain('六十日内');
  });

  test('the one-time notice lists every missing material with its requirement and the legal basis', async () => {
    const { text } = await render('missing-notice', 'missing-notice', fixture('missing-notice'));
    for (const expected of [
      '一次性告知书',
      '（补正材料通知书）',
      '开审补字〔2026〕第0041号',
      '《中华人民共和国行政许可法》第三十二条第一款第（四）项',
      '经营者身份证明',
      '经营场所证明',
      '租赁合同须注明租赁期限',
      '刘佳琪',
      '0719-0000000',
      '申请人（签收）',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('the daily log', () => {
  const base = fixture('daily-log');
  const results = ['accepted', 'accepted', 'tolerance', 'missing', 'refused'] as const;
  const rows = Array.from({ length: 300 }, (_, i) => {
    const minutes = 8 * 60 + 30 + Math.floor(i * 1.7);
    const result = results[i % results.length] ?? 'accepted';
    return {
      at: `2026-11-24T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`,
      caseNumber: `W01-20261124-${String(i + 1).padStart(4, '0')}`,
      item:
        i % 7 === 0
          ? '建设项目环境影响报告表审批（涉及重点排污单位的改扩建项目，需要专家评审）'
          : '食品经营许可（新办）',
      applicant: i % 3 === 0 ? '十堰市鑫城建设工程有限公司' : `申请人${i + 1}`,
      result,
      ...(result === 'accepted' || result === 'tolerance' ? { promisedDate: '2026-12-10' } : {}),
      officer: i % 2 === 0 ? '王晓燕' : '陈思远',
      state: result === 'refused' ? '不予受理' : '审批中',
    };
  });

  test('300 rows paginate with the header and "第 N 页 共 M 页" on every page, then the totals', async () => {
    const { pages, pageCount, text } = await render('daily-log-300', 'daily-log', { ...base, rows });
    expect(pageCount).toBeGreaterThanOrEqual(10);
    expect(pageCount).toBeLessThanOrEqual(20);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, i) => {
      const t = flat(page);
      expect(t).toContain(`第${i + 1}页共${pageCount}页`);
      expect(t).toContain('窗口收件登记簿');
      for (const heading of ['序号', '办件编号', '事项名称', '受理结果', '承诺办结日期']) {
        expect(t).toContain(heading); // the header row, repeated on every page
      }
    });
    for (const row of rows) expect(text.split(row.caseNumber).length - 1).toBe(1);
    const last = flat(pages.at(-1) ?? '');
    expect(last).toContain('合计300件：受理120件，容缺受理60件，一次性告知60件，不予受理60件。');
    expect(last).toContain('大厅负责人（审核签字）');
    expect(flat(pages[0] ?? '')).not.toContain('合计300件');
  });
});

describe('bad input is refused with its path, in Chinese', () => {
  test('a missing applicant and a malformed case number are both named', () => {
    const input = { ...fixture('receipt'), caseNumber: 'W1-2026-7' };
    delete (input as Record<string, unknown>)['applicant'];
    const built = buildDocument('receipt', input);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.message).toContain('applicant');
    expect(built.error.message).toContain('caseNumber：办件编号格式应为');
  });

  test('a refusal for "other" reasons needs its text; a denial needs reasons and remedies', () => {
    const refusal = buildDocument('refusal', {
      ...fixture('refusal'),
      reason: { kind: 'other' },
      text: undefined,
    });
    expect(refusal.ok || refusal.error.message).toContain('text：不予受理理由为“其他”时须写明理由');
    const denial = buildDocument('decision', { ...fixture('decision'), outcome: 'denied' });
    expect(denial.ok || denial.error.message).toContain('reasons：不予行政许可须说明理由');
    expect(denial.ok || denial.error.message).toContain('remedies');
  });

  test('an unknown key is refused rather than silently dropped', () => {
    const built = buildDocument('receipt', { ...fixture('receipt'), agnet: { name: '李四' } });
    expect(built.ok || built.error.message).toContain('agnet');
  });
});

describe('the seal as the hall configures it', () => {
  test('a registered seal image is printed at its size under the closing; without its file nothing prints', async () => {
    // A real image file: the drawn specimen seal alone on a page, rasterised and cut out (RGB PNG).
    const seal = await renderModel(
      {
        title: 'seal',
        page: { orientation: 'portrait', margin: { top: 50, right: 100, bottom: 50, left: 50 } },
        blocks: [
          {
            type: 'closing',
            lines: ['\u3000'],
            style: { font: 'serif-regular', size: 12 },
            seal: {
              kind: 'drawn',
              diameter: 119.06,
              ringText: '十堰经济技术开发区行政审批局',
              centreText: '行政审批专用章',
              specimenText: '样章',
            },
          },
        ],
      },
      deps,
    );
    const sealPdf = writeOutput('seal-source', seal.bytes);
    // Centre at (465.3, 110.5) pt = (969, 230) px at 150 dpi; radius 124 px.
    const crop = join(OUTPUT_DIR, 'seal-image');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-x',
      '841',
      '-y',
      '102',
      '-W',
      '256',
      '-H',
      '256',
      '-singlefile',
      sealPdf,
      crop,
    ]);
    const png = new Uint8Array(readFileSync(`${crop}.png`));
    const input = {
      ...fixture('receipt'),
      hall: { ...(fixture('receipt')['hall'] as object), seal: { kind: 'image', diameterMm: 40 } },
    };

    await expect(renderDocumentDetailed('receipt', input, deps)).rejects.toThrow('没有提供印章图片文件');
    const result = await renderDocumentDetailed('receipt', input, {
      ...deps,
      sealImage: { bytes: png, format: 'png' },
    });
    const pdf = writeOutput('receipt-seal-image', result.bytes);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2);
    expect(images).toHaveLength(1);
    expect(flat(pdfPages(pdf).join(''))).toContain('十堰经济技术开发区行政审批局');
  });

  test('"none" leaves the space blank to stamp by hand', async () => {
    const input = {
      ...fixture('refusal'),
      hall: { ...(fixture('refusal')['hall'] as object), seal: { kind: 'none' } },
    };
    const { text } = await render('refusal-no-seal', 'refusal', input);
    expect(text).not.toContain('样章');
    expect(text).not.toContain('行政审批专用章');
  });
});
