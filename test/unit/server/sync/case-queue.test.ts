import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../shared/calendar';
import { demoCatalog, findItem } from '../../../../shared/catalog';
import { caseNumber, itemSnapshot, type CaseEvent } from '../../../../shared/domain';
import { AGENT_OFFICER, EventFactory } from '../../../support/case-events';
import { closeDemoServer, openDemoServer } from '../../../support/demo-server';
import type { TestDatabase } from '../../../support/database';
import { enrollThroughApi, type Enrolled } from './helpers';

// Issue 12 B on the server: it runs the same guard, so a village instant item is decided by a hall
// window (never by the agent), and a case the reviewer returned may be corrected and sent again.

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

async function push(device: Enrolled, events: CaseEvent[]) {
  const reply = await app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: device.headers,
    payload: { deviceId: device.deviceId, events },
  });
  expect(reply.statusCode).toBe(200);
  return reply.json().value as { rejected: Array<{ id: string; reasons: string[] }> };
}

const ON = '2026-11-24';

function materials(code: string, skip: string[] = []): string[] {
  const item = findItem(demoCatalog, code);
  if (!item) throw new Error(code);
  return item.materials.filter((m) => m.when === undefined && !skip.includes(m.id)).map((m) => m.id);
}

describe('cases that wait at a window, as the server judges them', () => {
  it('takes the hall window’s approval of a village agent’s instant item, not the agent’s', async () => {
    const room = await enrollThroughApi(app, db, 'dev-v01-queue', { kind: 'village', counterCode: 'V01' });
    const agent = new EventFactory(room.deviceId, { windowCode: 'V01', actor: AGENT_OFFICER });
    const reg = agent.register();
    const intake = [
      reg,
      ...materials('KFQ-SJ-002').map((id) =>
        agent.event(reg.caseId, 'materialReceived', { materialId: id, blobs: [] }),
      ),
      agent.event(reg.caseId, 'accepted', { acceptedOn: ON, promisedDate: ON, tolerated: [] }),
    ];
    const own = agent.event(reg.caseId, 'approved', { decisionNumber: 'D-1', decidedOn: ON });
    const verdict = await push(room, [...intake, own]);
    expect(verdict.rejected.map((r) => r.id)).toEqual([own.id]);

    const w01 = await enrollThroughApi(app, db, 'dev-w01-queue');
    const window = new EventFactory(w01.deviceId);
    const approve = window.event(reg.caseId, 'approved', { decisionNumber: 'D-2', decidedOn: ON });
    const certify = window.event(reg.caseId, 'certificateIssued', { certificateNumber: 'C-2', issuedOn: ON });
    expect((await push(w01, [approve, certify])).rejected).toEqual([]);
  });

  it('takes a corrected material and a resend of a returned case, and refuses the material otherwise', async () => {
    const w05 = await enrollThroughApi(app, db, 'dev-w05-queue', { kind: 'window', counterCode: 'W05' });
    const f = new EventFactory(w05.deviceId, { windowCode: 'W05', actor: 'KFQ0501' });
    const caseId = randomUUID();
    const code = 'KFQ-JS-008';
    const item = findItem(demoCatalog, code);
    if (!item) throw new Error(code);
    const promisedDate = createCalendar().addWorkingDays(ON, item.promisedWorkdays);
    const events = [
      f.event(caseId, 'registered', {
        applicant: {
          kind: 'person',
          name: '王五',
          idType: 'resident-id',
          idNumber: '11010519491231002X',
          phone: '13807192345',
        },
        item: itemSnapshot(demoCatalog, item),
        windowCode: 'W05',
        caseNumber: caseNumber('W05', ON, 77),
        situations: [],
        credit: 'normal',
      }),
      ...materials(code).map((id) => f.event(caseId, 'materialReceived', { materialId: id, blobs: [] })),
      f.event(caseId, 'accepted', { acceptedOn: ON, promisedDate, tolerated: [] }),
      f.event(caseId, 'routed', { to: 'review' }),
    ];
    const early = f.event(caseId, 'materialReceived', { materialId: 'KFQ-JS-008-M04', blobs: [] });
    expect((await push(w05, [...events, early])).rejected.map((r) => r.id)).toEqual([early.id]);

    const ret = f.event(
      caseId,
      'reviewed',
      { step: 'review', decision: 'return', opinion: '位置图未标明尺寸' },
      { actor: 'KFQ1202' },
    );
    const corrected = f.event(caseId, 'materialReceived', { materialId: 'KFQ-JS-008-M04', blobs: [] });
    const resend = f.event(caseId, 'routed', { to: 'review', note: '已补正位置图尺寸' });
    expect((await push(w05, [ret, corrected, resend])).rejected).toEqual([]);
  });
});
