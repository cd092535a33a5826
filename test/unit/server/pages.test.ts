import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  foldEvents,
  type CaseEvent,
  type CaseState,
  type PagesArrangedPayload,
} from '../../../shared/domain';
import { EventFactory } from '../../support/case-events';
import type { TestDatabase } from '../../support/database';
import { closeDemoServer, openDemoServer } from '../../support/demo-server';
import { enrollThroughApi } from './sync/helpers';

// pagesArranged through the central server: its guard (the shared one, with the officer's roles
// from the hall) takes what a device's guard takes, and its projection folds to the device's state.

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

const [A, B, C, D] = ['a', 'b', 'c', 'd'].map((x) => x.repeat(64)) as [string, string, string, string];

describe('pagesArranged on the central server', () => {
  it('takes the window’s and a reviewer’s arrangements, refuses a supervisor’s and a page the case lacks', async () => {
    const device = await enrollThroughApi(app, db, 'dev-pages');
    const f = new EventFactory(device.deviceId);
    const reg = f.register();
    const caseId = reg.caseId;
    const materialId = reg.type === 'registered' ? (reg.payload.item.materials[0]?.id ?? '') : '';
    const arrange = (pages: PagesArrangedPayload['pages'], actor?: string) =>
      f.event(
        caseId,
        'pagesArranged',
        { materialId, pages },
        { blobs: pages.map((p) => p.blob), ...(actor ? { actor } : {}) },
      );
    const good: CaseEvent[] = [
      reg,
      f.event(caseId, 'materialReceived', { materialId, blobs: [A, B, C] }, { blobs: [A, B, C] }),
      arrange([
        { blob: C, rotation: 90 },
        { blob: A, rotation: 0 },
        { blob: B, rotation: 270 },
      ]),
    ];
    const bySupervisor = arrange([{ blob: A, rotation: 0 }], 'KFQ3002');
    const foreignPage = arrange([{ blob: D, rotation: 0 }]);
    const byReviewer = arrange(
      [
        { blob: A, rotation: 180 },
        { blob: C, rotation: 90 },
      ],
      'KFQ1102',
    );
    good.push(byReviewer);

    const reply = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: {
        deviceId: device.deviceId,
        events: [...good.slice(0, 3), bySupervisor, foreignPage, byReviewer],
      },
    });
    expect(reply.statusCode).toBe(200);
    const { rejected } = reply.json().value as { rejected: Array<{ id: string; reasons: string[] }> };
    expect(rejected.map((r) => r.id)).toEqual([bySupervisor.id, foreignPage.id]);
    expect(rejected[0]?.reasons.join()).toContain('无权记录「整理材料页面」');
    expect(rejected[1]?.reasons.join()).toContain('没有这些页面');

    const [row] = await db.query<{ state: CaseState }>('select state from cases where case_id = $1', [
      caseId,
    ]);
    const deviceState = foldEvents(good);
    expect(row?.state).toStrictEqual(JSON.parse(JSON.stringify(deviceState)));
    expect(row?.state.materials[materialId]).toMatchObject({
      blobs: [A, C],
      rotation: { [A]: 180, [C]: 90 },
    });
  });
});
