import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeRenderDeps } from '../../../scripts/node/fonts';
import { demoHall } from '../../../shared/demo/hall';
import { renderDocument } from '../../../shared/documents';
import { foldEvents, type CaseEvent } from '../../../shared/domain';
import type { EventDraft } from '../../../renderer/db/case-repository';
import { documentInput } from '../../../renderer/features/intake/document-inputs';
import { intakeEvents } from '../../../renderer/features/intake/intake-plan';
import { EventFactory } from '../../support/case-events';
import type { TestDatabase } from '../../support/database';
import { closeDemoServer, openDemoServer } from '../../support/demo-server';
import { calendar, context, draftFor, item } from '../renderer/features/intake/case-fixture';
import { decodeQr, hasZbar, writeOutput } from '../shared/documents/support';
import { enrollThroughApi, type Enrolled } from './sync/helpers';

// Issue 12 E: the applicant's side of the central server — the receipt's QR code opens the
// progress page, /query asks for the case number and code, and the page says what to do next.

let db: TestDatabase;
let app: FastifyInstance;
let device: Enrolled;
let factory: EventFactory;
let address = 20;
const from = () => `10.1.0.${address++}`;

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
  device = await enrollThroughApi(app, db, 'dev-public-query');
  factory = new EventFactory(device.deviceId);
});
afterAll(() => closeDemoServer({ db, app }));

/** Seals the counter's drafts as this device's events, pushes them, and returns them. */
async function push(drafts: Array<EventDraft & { actor?: string }>): Promise<CaseEvent[]> {
  return pushEvents(
    drafts.map((d) => factory.event(d.caseId, d.type, d.payload as never, d.actor ? { actor: d.actor } : {})),
  );
}

async function pushEvents(events: CaseEvent[]): Promise<CaseEvent[]> {
  const reply = await app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: device.headers,
    payload: { deviceId: device.deviceId, events },
  });
  expect(reply.statusCode, reply.body).toBe(200);
  expect(reply.json().value.rejected ?? [], reply.body).toEqual([]);
  return events;
}

const get = (url: string, json = false) =>
  app.inject({
    method: 'GET',
    url,
    remoteAddress: from(),
    ...(json ? { headers: { accept: 'application/json' } } : {}),
  });

describe('the receipt’s QR code', () => {
  it.skipIf(!hasZbar && !process.env['CI'])(
    'decodes to the hall’s public address, which opens the case’s progress page',
    async () => {
      const all = item('KFQ-SJ-002').materials.map((m) => m.id);
      const caseId = '019a0000-0000-7000-8000-0000000000e1';
      const drafts = intakeEvents(context(draftFor('KFQ-SJ-002', { received: all })), calendar)(
        caseId,
        'W01-20261124-0101',
      );
      const state = foldEvents(await push(drafts));
      if (!state) throw new Error('no case');
      const input = documentInput('receipt', state, {
        hall: demoHall,
        officer: { id: 'KFQ0101', name: '王晓燕' },
        windowCode: 'W01',
        now: '2026-11-24T09:40:00.000+08:00',
      });
      if (!input.ok) throw new Error(input.message);
      const pdf = writeOutput(
        'receipt-public-url',
        await renderDocument('receipt', input.input, await nodeRenderDeps()),
      );
      const [decoded] = decodeQr(pdf);
      expect(decoded).toBe('http://127.0.0.1:4310/query?case=W01-20261124-0101&code=123456');
      const url = new URL(decoded ?? '');
      const page = await get(`${url.pathname}${url.search}`);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('W01-20261124-0101');
      expect(page.body).toContain(demoHall.name);
      expect(page.body).toContain(`咨询电话：<a href="tel:${demoHall.phone}">`);
    },
  );
});

describe('GET /query', () => {
  it('offers a form; a lower-case case number and full-width code work', async () => {
    const form = await get('/query');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<form method="get" action="/query"');
    expect(form.body).toContain('name="case"');
    expect(form.body).toContain('name="code"');

    const caseId = '019a0000-0000-7000-8000-0000000000e2';
    await pushEvents([factory.register({ caseId, queryCode: 'K7P2Q9' })]);
    const number = 'W01-20261124-0001';
    const found = await get(`/query?case=${number.toLowerCase()}&code=${encodeURIComponent('ｋ７ｐ２ｑ９')}`);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.body).toContain(number);
    const json = await get(`/query/${number.toLowerCase()}?code=k7p2q9`, true);
    expect(json.json().value).toMatchObject({ caseNumber: number, hall: { phone: demoHall.phone } });
  });

  it('never shows a schema’s message: bad input is said in plain Chinese with the form again', async () => {
    for (const url of [
      '/query?case=W01&code=1',
      '/query?case=%3Cscript%3E&code=',
      '/query/x?code=',
      '/query/W01-20261124-0001',
    ]) {
      const reply = await get(url);
      expect(reply.statusCode, url).toBe(400);
      expect(reply.body, url).toContain('<form method="get" action="/query"');
      expect(reply.body, url).not.toMatch(
        /Invalid input|Too small|Too big|[Ee]xpected|invalid_format|无效输入|应为字符串/,
      );
      expect(reply.body, url).not.toContain('<script>');
    }
    const json = await get('/query/x?code=1', true);
    expect(json.statusCode).toBe(400);
    expect(json.json().error.message).toContain('办件编号应为');
    const unknown = await get('/query?case=W01-20261124-0999&code=AAAAAA');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('未找到该办件');
    expect(unknown.body).toContain('value="W01-20261124-0999"');
  });
});

describe('the progress page says what to do next', () => {
  it('a one-time notice: the materials to bring, and the hall’s phone', async () => {
    const nine = item('KFQ-JS-004')
      .materials.slice(0, 9)
      .map((m) => m.id);
    const caseId = '019a0000-0000-7000-8000-0000000000e3';
    const drafts = intakeEvents(context(draftFor('KFQ-JS-004', { received: nine }), 'dishonest'), calendar)(
      caseId,
      'W01-20261124-0103',
    );
    await push(drafts);
    const page = await get('/query?case=W01-20261124-0103&code=123456');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('已一次性告知');
    expect(page.body).toContain('还需提交的材料');
    expect(page.body).toContain('工程竣工图纸');
    expect(page.body).toContain(demoHall.phone);
  });

  it('a reviewer’s 补正: called 补正, with what is asked', async () => {
    const all = item('KFQ-JS-004').materials.map((m) => m.id);
    const caseId = '019a0000-0000-7000-8000-0000000000e4';
    const drafts = intakeEvents(context(draftFor('KFQ-JS-004', { received: all })), calendar)(
      caseId,
      'W01-20261124-0104',
    );
    await push([
      ...drafts,
      {
        caseId,
        type: 'paused',
        payload: { kind: 'correction', reason: '请补正消防设计文件的签章页', from: '2026-11-24' },
        actor: 'KFQ1202',
      },
    ]);
    const json = (await get('/query/W01-20261124-0104?code=123456', true)).json().value;
    expect(json).toMatchObject({
      statusLabel: '补正中',
      correction: { since: '2026-11-24', asked: '请补正消防设计文件的签章页' },
    });
    const page = await get('/query?case=W01-20261124-0104&code=123456');
    expect(page.body).toContain('补正要求');
    expect(page.body).toContain('请补正消防设计文件的签章页');
    expect(page.body).not.toContain('特别程序');
  });
});
