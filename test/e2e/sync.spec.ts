import { expect, test, type Page } from '@playwright/test';
import { enrollObserver, newCounterPage, root, serverEvents, startCounterSync } from './support/counter';

// Two counters of one hall (two browser contexts = two PCs), and a village room back after a week
// offline, syncing through the real central server of `npm run web`.

/** Records a new case at the page's counter with the app's own write path; returns its id. */
async function recordCase(page: Page, windowCode: string, seq: number): Promise<string> {
  return page.evaluate(
    async ({ root, windowCode, seq }) => {
      const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
      const { recordEvents } = await import(/* @vite-ignore */ `${location.origin}/db/case-repository.ts`);
      const { demoCatalog, findItem } = await import(`/@fs${root}/shared/catalog/index.ts`);
      const { itemSnapshot, caseNumber } = await import(`/@fs${root}/shared/domain/index.ts`);
      const caseId = crypto.randomUUID();
      await recordEvents(db, { officerId: 'KFQ0201', role: 'window' }, [
        {
          caseId,
          type: 'registered',
          payload: {
            applicant: {
              kind: 'person',
              name: '李四',
              idType: 'resident-id',
              idNumber: '11010519491231002X',
              phone: '13907191234',
            },
            item: itemSnapshot(demoCatalog, findItem(demoCatalog, 'KFQ-SJ-002')),
            windowCode,
            caseNumber: caseNumber(windowCode, '2026-11-24', seq),
            situations: [],
            credit: 'normal',
          },
        },
      ]);
      return caseId;
    },
    { root, windowCode, seq },
  );
}

test.describe('sync between counters', () => {
  test('a case recorded at one window appears at the other within 2 seconds while online', async ({
    browser,
  }) => {
    const one = await browser.newContext();
    const two = await browser.newContext();
    const w02 = await newCounterPage(one, 'W02');
    const w03 = await newCounterPage(two, 'W03');
    await startCounterSync(w02);
    await startCounterSync(w03);
    const caseId = await recordCase(w02, 'W02', 1);
    const started = Date.now();
    await expect
      .poll(
        () =>
          w03.evaluate(async (id) => {
            const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
            return (await db.cases.get(id))?.caseNumber;
          }, caseId),
        { timeout: 2000, intervals: [50] },
      )
      .toBe('W02-20261124-0001');
    console.log(`case visible at the other window after ${Date.now() - started} ms`);
    await expect
      .poll(() =>
        w02.evaluate(async () =>
          (await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`)).db.$outbox.count(),
        ),
      )
      .toBe(0);
    await one.close();
    await two.close();
  });

  test('a village room offline for a week (500 cases, 200 scans) comes back and everything arrives', async ({
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext();
    const page = await newCounterPage(context, 'V01');
    const deviceId = await startCounterSync(page);
    // Load the modules the offline work uses while the dev server is still reachable.
    await page.evaluate(
      async ({ root }) => {
        await import(/* @vite-ignore */ `${location.origin}/db/blob-repository.ts`);
        await import(/* @vite-ignore */ `${location.origin}/db/case-repository.ts`);
        await import(`/@fs${root}/shared/catalog/index.ts`);
        await import(`/@fs${root}/shared/domain/index.ts`);
      },
      { root },
    );
    await context.setOffline(true);
    const made = await page.evaluate(
      async ({ root }) => {
        const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
        const { recordEvents } = await import(/* @vite-ignore */ `${location.origin}/db/case-repository.ts`);
        const { storeBlob } = await import(/* @vite-ignore */ `${location.origin}/db/blob-repository.ts`);
        const { demoCatalog, findItem } = await import(`/@fs${root}/shared/catalog/index.ts`);
        const { itemSnapshot, caseNumber } = await import(`/@fs${root}/shared/domain/index.ts`);
        const item = itemSnapshot(demoCatalog, findItem(demoCatalog, 'KFQ-SJ-002'));
        const agent = { officerId: 'KFQ5001', role: 'agent' };
        const canvas = new OffscreenCanvas(64, 48);
        const g = canvas.getContext('2d');
        let events = 0;
        const blobs: string[] = [];
        for (let i = 0; i < 500; i++) {
          const caseId = crypto.randomUUID();
          const day = 16 + Math.floor(i / 100); // five working days of a week
          const drafts: unknown[] = [
            {
              caseId,
              type: 'registered',
              payload: {
                applicant: {
                  kind: 'person',
                  name: `村民${i}`,
                  idType: 'resident-id',
                  idNumber: '11010519491231002X',
                  phone: '13907191234',
                },
                item,
                windowCode: 'V01',
                caseNumber: caseNumber('V01', `2026-11-${day}`, (i % 100) + 1),
                situations: [],
                credit: 'normal',
              },
            },
          ];
          if (i < 200 && g) {
            g.fillStyle = `hsl(${i * 7}, 60%, 50%)`;
            g.fillRect(0, 0, 64, 48);
            g.fillStyle = '#000';
            g.fillText(`scan ${i}`, 4, 24);
            const png = new Uint8Array(
              await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer(),
            );
            const sha = await storeBlob(db, png, 'image/png');
            blobs.push(sha);
            drafts.push({ caseId, type: 'note', payload: { text: '身份证复印件扫描' }, blobs: [sha] });
          }
          events += (await recordEvents(db, agent, drafts)).length;
        }
        return { events, blobs, outbox: await db.$outbox.count(), blobOutbox: await db.$blobOutbox.count() };
      },
      { root },
    );
    expect(made.events).toBe(700);
    expect(new Set(made.blobs).size).toBe(200);
    expect(made.outbox).toBe(700);
    expect(made.blobOutbox).toBe(200);

    await context.setOffline(false);
    const observer = await enrollObserver(request);
    await expect
      .poll(
        async () => (await serverEvents(request, observer)).filter((e) => e.deviceId === deviceId).length,
        {
          timeout: 60_000,
          intervals: [500],
        },
      )
      .toBe(700);
    const arrived = (await serverEvents(request, observer)).filter((e) => e.deviceId === deviceId);
    expect(new Set(arrived.map((e) => e.id)).size).toBe(700);
    for (const sha of made.blobs.slice(0, 200)) {
      const head = await request.head(`/api/v1/blobs/${sha}`, { headers: observer });
      expect(head.status()).toBe(200);
    }
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
          return { outbox: await db.$outbox.count(), blobs: await db.$blobOutbox.count() };
        }),
      )
      .toEqual({ outbox: 0, blobs: 0 });
    await context.close();
  });
});
