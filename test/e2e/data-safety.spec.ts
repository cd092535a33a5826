import { expect, test, type Page } from '@playwright/test';

// Data safety of the local database in real Chromium: a backup moves a window's work to a new PC,
// and a downgrade never wipes what a newer version wrote. The page imports the renderer's own
// modules from the Vite dev server.
const root = process.cwd();

async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.locator('#root > *')).not.toHaveCount(0);
}

test.describe('data safety', () => {
  test('a backup carries cases, events, the outbox and scans to a new PC', async ({ browser }) => {
    const oldPc = await browser.newContext();
    const oldPage = await oldPc.newPage();
    await openApp(oldPage);
    const backup = await oldPage.evaluate(async (root) => {
      const { db } = await import(`/@fs${root}/renderer/db/schema.ts`);
      const repo = await import(`/@fs${root}/renderer/db/case-repository.ts`);
      const { exportBackup } = await import(`/@fs${root}/renderer/db/backup.ts`);
      const { demoCatalog, findItem } = await import(`/@fs${root}/shared/catalog/index.ts`);
      const { itemSnapshot, caseNumber } = await import(`/@fs${root}/shared/domain/index.ts`);
      const caseId = crypto.randomUUID();
      await repo.recordEvents(db, { officerId: 'KFQ0101', role: 'window' }, [
        {
          caseId,
          type: 'registered',
          payload: {
            applicant: {
              kind: 'person',
              name: '李四',
              idType: 'resident-id',
              idNumber: '11010519491231002X',
              phone: '13907190000',
            },
            item: itemSnapshot(demoCatalog, findItem(demoCatalog, 'KFQ-SJ-002')),
            windowCode: 'W01',
            caseNumber: caseNumber('W01', '2026-11-24', 1),
            situations: [],
            credit: 'normal',
          },
        },
      ]);
      const sha = 'a'.repeat(64);
      await db.blobs.put({
        sha256: sha,
        mime: 'image/png',
        size: 3,
        data: new Blob([new Uint8Array([1, 2, 3])]),
        createdAt: '2026-11-24',
      });
      return (await exportBackup(db)).text();
    }, root);
    await oldPc.close();

    const newPc = await browser.newContext();
    const newPage = await newPc.newPage();
    await openApp(newPage);
    const restored = await newPage.evaluate(
      async ({ root, backup }) => {
        const { db } = await import(`/@fs${root}/renderer/db/schema.ts`);
        const { importBackup } = await import(`/@fs${root}/renderer/db/backup.ts`);
        await importBackup(db, new Blob([backup], { type: 'application/json' }));
        const blob = await db.blobs.get('a'.repeat(64));
        let second = '';
        try {
          await importBackup(db, new Blob([backup], { type: 'application/json' }));
        } catch (error) {
          second = (error as Error).message;
        }
        // The new PC may already hold cases pulled from the shared test server: count the backup's.
        const cases = (await db.cases.toArray()) as Array<{ caseId: string; caseNumber: string }>;
        const mine = cases.find((c) => c.caseNumber === 'W01-20261124-0001');
        return {
          cases: mine ? [mine.caseNumber] : [],
          events: (await db.events.toArray()).filter((e: { caseId: string }) => e.caseId === mine?.caseId)
            .length,
          outbox: await db.$outbox.count(),
          blobBytes: blob ? Array.from(new Uint8Array(await blob.data.arrayBuffer())) : [],
          second,
        };
      },
      { root, backup },
    );
    expect(restored.cases).toEqual(['W01-20261124-0001']);
    expect(restored.events).toBe(1);
    expect(restored.outbox).toBe(1);
    expect(restored.blobBytes).toEqual([1, 2, 3]);
    expect(restored.second).toContain('本机已有办件数据');
    await newPc.close();
  });

  test('a file that is not a backup is refused in words', async ({ page }) => {
    await openApp(page);
    const error = await page.evaluate(async (root) => {
      const { db } = await import(`/@fs${root}/renderer/db/schema.ts`);
      const { importBackup } = await import(`/@fs${root}/renderer/db/backup.ts`);
      try {
        await importBackup(db, new Blob(['%PDF-1.7 not a backup']));
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    }, root);
    expect(error).toContain('不是一窗受理的备份文件');
  });

  test('a database written by a newer version is opened as it is, never wiped', async ({ page }) => {
    await openApp(page);
    const result = await page.evaluate(async (root) => {
      const { CounterDb } = await import(`/@fs${root}/renderer/db/schema.ts`);
      const { openCounterDb } = await import(`/@fs${root}/renderer/db/open-database.ts`);
      // This version's database with a case event in it…
      const first = new CounterDb('downgrade-test');
      await first.$syncState.put({ key: 'device.id', value: 'dev-kept' });
      first.close();
      // …then what a newer OneWindow would leave: a higher version with a table of its own.
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('downgrade-test', 1000);
        request.onupgradeneeded = () =>
          request.result.createObjectStore('futureTable').put({ id: 'f1' }, 'f1');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      });
      // The older app opens it without an upgrade and without deleting anything.
      const db = new CounterDb('downgrade-test');
      const outcome = await openCounterDb(db);
      const device = await db.$syncState.get('device.id');
      db.close();
      const future = await new Promise<unknown>((resolve) => {
        const request = indexedDB.open('downgrade-test');
        request.onsuccess = () => {
          const get = request.result.transaction('futureTable').objectStore('futureTable').get('f1');
          get.onsuccess = () => resolve(get.result);
        };
      });
      return { outcome, device: device?.value, future };
    }, root);
    expect(result.outcome).toEqual({ ok: true });
    expect(result.device).toBe('dev-kept');
    expect(result.future).toEqual({ id: 'f1' });
  });
});
