import { expect, test } from '@playwright/test';

// The counter's IndexedDB schema and its one write path, run in real Chromium: the page imports
// the renderer's own modules from the Vite dev server (the same ones the app uses).
const root = process.cwd();

test.describe('the local database', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('hall-name')).toBeVisible();
  });

  test('an upgrade from schema version 1 keeps the catalog and adds the case tables', async ({ page }) => {
    const result = await page.evaluate(async (root) => {
      const { Dexie } = await import(`/@fs${root}/node_modules/dexie/dist/modern/dexie.mjs`);
      const v1 = new Dexie('upgrade-test');
      v1.version(1).stores({ catalogs: 'version, receivedAt', $syncState: 'key' });
      await v1.table('catalogs').put({ version: 'v-old', receivedAt: '2026-01-01', content: { items: [] } });
      await v1.table('$syncState').put({ key: 'catalog.current', value: 'v-old' });
      v1.close();
      const { CounterDb } = await import(`/@fs${root}/renderer/db/schema.ts`);
      const db = new CounterDb('upgrade-test');
      const catalogs = await db.catalogs.toArray();
      const tables = db.tables.map((t: { name: string }) => t.name).sort();
      const version = db.verno;
      db.close();
      return { catalogs: catalogs.map((c: { version: string }) => c.version), tables, version };
    }, root);
    expect(result.catalogs).toEqual(['v-old']);
    expect(result.version).toBe(4);
    expect(result.tables).toEqual(
      [
        '$blobOutbox',
        '$outbox',
        '$rejected',
        '$serverOrder',
        '$syncState',
        'blobs',
        'cases',
        'catalogs',
        'credit',
        'drafts',
        'events',
        'halls',
        'officers',
      ].sort(),
    );
  });

  test('recordEvents writes events, the case and the outbox together, and nothing when refused', async ({
    page,
  }) => {
    const result = await page.evaluate(async (root) => {
      const { CounterDb } = await import(`/@fs${root}/renderer/db/schema.ts`);
      const repo = await import(`/@fs${root}/renderer/db/case-repository.ts`);
      const { demoCatalog, findItem } = await import(`/@fs${root}/shared/catalog/index.ts`);
      const { itemSnapshot, caseNumber } = await import(`/@fs${root}/shared/domain/index.ts`);
      const db = new CounterDb('record-test');
      const item = findItem(demoCatalog, 'KFQ-SJ-002');
      const caseId = crypto.randomUUID();
      const officer = { officerId: 'KFQ0101', role: 'window' };
      const registered = {
        caseId,
        type: 'registered',
        payload: {
          applicant: {
            kind: 'person',
            name: '张三',
            idType: 'resident-id',
            idNumber: '11010519491231002X',
            phone: '13907191234',
          },
          item: itemSnapshot(demoCatalog, item),
          windowCode: 'W01',
          caseNumber: caseNumber('W01', '2026-11-24', 1),
          situations: [],
          credit: 'normal',
        },
      };
      const first = await repo.recordEvents(db, officer, [registered], {
        now: () => Date.parse('2026-11-24T01:30:00Z'),
      });
      let refused = '';
      try {
        // A village agent may not decide: the guard refuses and the batch leaves no trace.
        await repo.recordEvents(db, { officerId: 'KFQ0901', role: 'agent' }, [
          { caseId, type: 'note', payload: { text: '备注' } },
          { caseId, type: 'approved', payload: { decisionNumber: 'X-1', decidedOn: '2026-11-24' } },
        ]);
      } catch (error) {
        refused = (error as Error).name;
      }
      const out = {
        seqs: first.map((e: { deviceSeq: number }) => e.deviceSeq),
        at: first[0]?.at,
        events: await db.events.count(),
        outbox: await db.$outbox.count(),
        caseRow: await db.cases.get(caseId),
        byPhone: (await db.cases.where('searchKeys').startsWith('139071').toArray()).length,
        refused,
      };
      db.close();
      return out;
    }, root);
    expect(result.seqs).toEqual([1]);
    expect(result.at).toBe('2026-11-24T09:30:00.000+08:00');
    expect(result.events).toBe(1);
    expect(result.outbox).toBe(1);
    expect(result.caseRow?.caseNumber).toBe('W01-20261124-0001');
    expect(result.caseRow?.status).toBe('registered');
    expect(result.byPhone).toBe(1);
    expect(result.refused).toBe('EventRefusedError');
  });

  test('the hall, its officers and the credit list arrive from the central server for offline use', async ({
    page,
  }) => {
    await expect
      .poll(() =>
        page.evaluate(async (root) => {
          const { db } = await import(`/@fs${root}/renderer/db/schema.ts`);
          return {
            officers: await db.officers.count(),
            hall: (await db.halls.toArray())[0]?.content.name,
            dishonest: (await db.credit.get('420302198507150010'))?.level,
          };
        }, root),
      )
      .toEqual({ officers: 25, hall: '十堰经济技术开发区政务服务中心', dishonest: 'dishonest' });
  });
});
