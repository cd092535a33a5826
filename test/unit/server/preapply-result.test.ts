import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { closeDemoServer, openDemoServer } from '../../support/demo-server';

// Issue 12 E/F: the pre-application's result lists what to bring; names and addresses the
// papers cannot take are refused with their own message, never cut.

let db: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

let address = 10;
const post = (item: string, fields: Array<[string, string]>) =>
  app.inject({
    method: 'POST',
    url: `/preapply/${item}`,
    remoteAddress: `10.2.0.${address++}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });

const ZHANG: Array<[string, string]> = [
  ['kind', 'person'],
  ['idType', 'resident-id'],
  ['idNumber', '420302199001011237'],
  ['name', '张三'],
  ['phone', '１３９０７１９１２３４'],
  ['address', '十堰市张湾区车城路1号'],
];

const materials = (html: string) =>
  [
    ...(/data-testid="preapply-materials">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '').matchAll(/<li>([^<]+)</g),
  ].map((m) => m[1]);

describe('the pre-application result', () => {
  it('lists the materials to bring for the situations ticked, with an agent’s when one acts', async () => {
    const alone = await post('KFQ-SJ-001', ZHANG);
    expect(alone.statusCode, alone.body).toBe(200);
    expect(alone.body).toContain('请携带以下材料');
    const own = materials(alone.body);
    expect(own.length).toBeGreaterThan(0);
    expect(own.some((m) => m?.startsWith('授权委托书'))).toBe(false);
    const withAgent = await post('KFQ-SJ-001', [
      ...ZHANG,
      ['situation', 'vending-machine'],
      ['hasAgent', 'yes'],
      ['agentIdType', 'resident-id'],
      ['agentIdNumber', '420302198507150010'],
      ['agentName', '李四'],
      ['agentPhone', '0719-8000000'],
    ]);
    const both = materials(withAgent.body);
    expect(both).toHaveLength(own.length + 2);
    expect(both.some((m) => m?.startsWith('授权委托书'))).toBe(true);
    expect(both.some((m) => m?.startsWith('自动售货设备'))).toBe(true);
  });

  it('refuses an emoji name and a long address with their own message, the fields kept whole', async () => {
    const long = '车'.repeat(130);
    const reply = await post('KFQ-SJ-001', [
      ...ZHANG.filter(([k]) => k !== 'name' && k !== 'address'),
      ['name', '张三😀'],
      ['address', long],
    ]);
    expect(reply.statusCode).toBe(400);
    expect(reply.body).toContain('申请人姓名中的“😀”无法打印在文书上');
    expect(reply.body).toContain('地址至多 100 个字（现有 130 个），请删减');
    expect(reply.body).toContain(`value="${long}"`);
    expect(reply.body).not.toMatch(/maxlength="(60|100)"/);
  });
});
