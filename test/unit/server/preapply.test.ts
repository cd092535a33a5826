import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../shared/catalog';
import { decodePreApplication } from '../../../shared/preapply';
import { ZHANG_PREAPPLICATION } from '../../fixtures/preapplication';
import type { TestDatabase } from '../../support/database';
import { closeDemoServer, openDemoServer } from '../../support/demo-server';
import { qrLuma, readQrCodes, svgModules } from '../../support/qr-image';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

/** Each test from its own address: the page's rate limit counts per address. */
let address = 10;
const from = () => `10.0.0.${address++}`;

const FORM = 'application/x-www-form-urlencoded';
const post = (item: string, fields: Array<[string, string]>, remoteAddress = from()) =>
  app.inject({
    method: 'POST',
    url: `/preapply/${item}`,
    remoteAddress,
    headers: { 'content-type': FORM },
    payload: new URLSearchParams(fields).toString(),
  });

const ZHANG: Array<[string, string]> = [
  ['kind', 'person'],
  ['idType', 'resident-id'],
  ['idNumber', '420302 19900101 1237'],
  ['name', '张三'],
  ['phone', '13907191234'],
  ['address', '十堰市张湾区车城路1号'],
  ['situation', 'vending-machine'],
  ['hasAgent', 'yes'],
  ['agentIdType', 'resident-id'],
  ['agentIdNumber', '420302198507150010'],
  ['agentName', '李四'],
  ['agentPhone', '0719-8000000'],
];

describe('GET /preapply', () => {
  it('lists the catalog’s items by department, each a link to its form, and searches them', async () => {
    const reply = await app.inject({ method: 'GET', url: '/preapply', remoteAddress: from() });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.body).toContain('<html lang="zh-CN">');
    expect(reply.body.match(/<li><a href="\/preapply\/KFQ-/g)).toHaveLength(demoCatalog.items.length);
    expect(reply.body).toContain('<a href="/preapply/KFQ-SJ-001">食品经营许可（新办）</a>');

    const search = await app.inject({
      method: 'GET',
      url: `/preapply?q=${encodeURIComponent('消防')}`,
      remoteAddress: from(),
    });
    const found = [...search.body.matchAll(/<li><a href="\/preapply\/([^"]+)">/g)].map((m) => m[1]);
    expect(found).toEqual(['KFQ-JS-003', 'KFQ-JS-004', 'KFQ-JS-005']);
    const none = await app.inject({ method: 'GET', url: '/preapply?q=%3Cb%3E', remoteAddress: from() });
    expect(none.body).toContain('没有找到包含“&#60;b&#62;”的事项');
  });

  it('shows an item’s form: its situations (by-agent follows the agent), the applicant and agent fields', async () => {
    const reply = await app.inject({ method: 'GET', url: '/preapply/KFQ-SJ-002', remoteAddress: from() });
    expect(reply.statusCode).toBe(200);
    const html = reply.body;
    expect(html).toContain('<h1>网上预填：个体工商户设立登记</h1>');
    expect(html).toContain('<form method="post" action="/preapply/KFQ-SJ-002"');
    expect(html).toContain('<input type="checkbox" name="situation" value="prior-approval"> 涉及前置审批');
    expect(html).not.toContain('value="by-agent"');
    expect(html).toContain('<input type="checkbox" name="hasAgent" value="yes"> 委托代理人办理');
    for (const id of ['f-idType', 'f-idNumber', 'f-name', 'f-phone', 'f-address', 'f-agentIdNumber'])
      expect(html).toContain(`<label for="${id}">`);
    expect(html).not.toContain('<script');
  });

  it('answers an unknown item with a page that leads back to the list', async () => {
    const reply = await app.inject({ method: 'GET', url: '/preapply/KFQ-XX-999', remoteAddress: from() });
    expect(reply.statusCode).toBe(404);
    expect(reply.body).toContain('<a href="/preapply">重新选择事项</a>');
  });
});

describe('POST /preapply/:itemCode', () => {
  it('answers the QR code (SVG) and its text, which carry everything filled in', async () => {
    const reply = await post('KFQ-SJ-001', ZHANG);
    expect(reply.statusCode).toBe(200);
    const html = reply.body;
    const code = /data-testid="preapply-code">([^<]+)</
      .exec(html)?.[1]
      ?.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
    expect(code).toMatch(/^OWP1\./);
    const decoded = decodePreApplication(code ?? '');
    expect(decoded).toEqual({
      ok: true,
      // The fixture's pre-application, with the address this form gives and the hall's today.
      value: {
        ...ZHANG_PREAPPLICATION,
        madeOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        applicant: { ...ZHANG_PREAPPLICATION.applicant, address: '十堰市张湾区车城路1号' },
      },
    });
    // The summary masks the ID numbers (a kiosk's screen is seen by others).
    expect(html).toContain('居民身份证 420302********1237');
    expect(html).not.toContain('420302199001011237');
    // The QR code on the page, read by the decoder the counter uses, is that text.
    const svg = /<svg[\s\S]+?<\/svg>/.exec(html)?.[0] ?? '';
    const modules = svgModules(svg);
    expect(await readQrCodes(qrLuma(modules, 640, 480), 640, 480)).toEqual([code]);
  });

  it('keeps the form and says in Chinese what is wrong, field by field', async () => {
    const reply = await post('KFQ-SJ-001', [
      ['kind', 'person'],
      ['idType', 'resident-id'],
      ['idNumber', '420302199001011238'],
      ['name', '张三'],
      ['phone', '1390719'],
      ['address', '车城路1号'],
      ['situation', 'vending-machine'],
    ]);
    expect(reply.statusCode).toBe(400);
    const html = reply.body;
    expect(html).toContain('请修改以下 2 处后再提交');
    expect(html).toMatch(/<li><a href="#f-idNumber">证件号码：[^<]*校验码[^<]*<\/a><\/li>/);
    expect(html).toContain('联系电话应为11位手机号或带区号的座机号（如 0719-8000000）');
    expect(html).toContain('id="f-idNumber" name="idNumber" value="420302199001011238"');
    expect(html).toContain('aria-invalid="true" aria-describedby="h-idNumber e-idNumber" autofocus');
    expect(html.match(/autofocus/g)).toHaveLength(1);
    expect(html).toContain('value="张三"');
    expect(html).toContain('value="车城路1号"');
    expect(html).toContain('value="vending-machine" checked');
    expect(html).not.toContain('<svg');
  });

  it('refuses an organisation with a person’s ID type, and an agent who is the applicant', async () => {
    const org = await post('KFQ-SJ-003', [
      ['kind', 'organisation'],
      ['idType', 'resident-id'],
      ['idNumber', '420302199001011237'],
      ['name', '十堰某某科技有限公司'],
      ['phone', '0719-8123456'],
    ]);
    expect(org.statusCode).toBe(400);
    expect(org.body).toContain('证件类型与申请人类别不符');
    expect(org.body).toContain('<label for="f-name">单位名称</label>');
    const self = await post(
      'KFQ-SJ-001',
      ZHANG.map(([k, v]) => [k, k === 'agentIdNumber' ? '420302199001011237' : v]),
    );
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('代理人不能是申请人本人');
  });

  it('refuses a post that is not a form of sane size', async () => {
    const long = await post('KFQ-SJ-001', [['name', '张'.repeat(1200)]]);
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('提交的内容无效');
    const huge = await post('KFQ-SJ-001', [['address', 'x'.repeat(20_000)]]);
    expect(huge.statusCode).toBe(413);
    const json = await app.inject({
      method: 'POST',
      url: '/preapply/KFQ-SJ-001',
      remoteAddress: from(),
      payload: { name: '张三' },
    });
    // JSON is read as the same fields (nothing else would send it; it is no way around the checks).
    expect(json.statusCode).toBe(400);
    expect(json.body).toContain('请修改以下 2 处后再提交');
    expect(json.body).toContain('id="f-name" name="name" value="张三"');
  });

  it('is rate limited per address', async () => {
    const address = from();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push(
        (await app.inject({ method: 'GET', url: '/preapply', remoteAddress: address })).statusCode,
      );
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    const limited = await post('KFQ-SJ-001', ZHANG, address);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('2');
    expect(limited.body).toContain('操作过于频繁');
    expect((await app.inject({ method: 'GET', url: '/preapply', remoteAddress: from() })).statusCode).toBe(
      200,
    );
  });
});
