import { expect, test, type Page } from '@playwright/test';
import { residentIdCheckChar } from '../../shared/ids';
import { switchOfficer } from './pages/BackOffice';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';
import { root } from './support/counter';
import { printDialogs, stubPrintDialogs } from './support/print-frame';

// Issue 12 G, walked by keyboard: the workbench finds a case by any part of a name or item, by
// the last 4 of an ID and in full-width digits; the supervisor searches, opens cases from the
// lists' rows and records a poor rating's follow-up, which then leaves the list; the header counts
// cases waiting to sync; a village agent's counter is a 服务点.

// Cases stay on this device (the server is shared by the spec files of a run).
test.beforeEach(async ({ page }) => {
  await page.route('**/api/v1/sync/push', (route) => route.abort());
  await page.clock.install({ time: new Date('2026-12-03T09:30:00+08:00') });
});

const ID_BODY = '42030219920314517';
const APPLICANT = {
  idNumber: ID_BODY + residentIdCheckChar(ID_BODY),
  name: '欧阳星光华',
  phone: '13972180517',
};
const LAST4 = APPLICANT.idNumber.slice(-4);
const FULL_WIDTH = (s: string) =>
  s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Clears the workbench search (Esc in the box) and types `query` into it. */
async function search(page: Page, query: string): Promise<void> {
  const box = page.getByTestId('case-search');
  if (!(await box.evaluate((e) => e === document.activeElement))) await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.type(query);
}

test('the workbench finds part of a name or item, the last 4 of an ID, full-width digits; the supervisor searches, opens a case from a list and closes its follow-up', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await wizard.start();
  await wizard.fillApplicant(APPLICANT);
  await expect(page.getByTestId('applicant-id-ok')).toBeVisible();
  await page.keyboard.press('Enter');
  await wizard.chooseItem('gtgsh', '个体工商户设立登记');
  await wizard.expectStep('situations');
  await page.keyboard.press('Enter');
  await wizard.allMaterialsReceived();
  await wizard.expectDecision('accept');
  const caseNumber = await wizard.confirm();
  await expect(page.getByTestId('approve-on-spot')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('done-subtitle')).toContainText('已制证');
  await page.keyboard.press('Escape');
  await expect(app.workbench).toBeVisible();

  // Nothing reaches the server here: the header counts the one case waiting, not its events.
  await expect(page.getByTestId('sync-state')).toContainText('1 件待上传');

  // "星光" in the middle of the name, "工商户" in the middle of the item, the ID's last 4 digits,
  // and the same digits typed full-width, as a Chinese input method gives them.
  const hit = page.getByTestId('search-results').locator(`tr[data-case-number="${caseNumber}"]`);
  for (const query of ['星光', '工商户', LAST4, FULL_WIDTH(LAST4), FULL_WIDTH(APPLICANT.phone.slice(0, 7))]) {
    await search(page, query);
    await expect(hit, query).toBeVisible();
  }
  await search(page, '光华欧阳');
  await expect(page.getByTestId('search-results')).toContainText('暂无办件');
  await search(page, LAST4);
  await expect(hit).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);

  // Handed over at the window; the applicant rates the visit 非常不满意 and says why.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-status')).toHaveText('已送达');
  await expect(page.getByTestId('rating-panel')).toBeVisible();
  await page.locator('body').focus();
  await page.keyboard.press('5');
  await expect(page.getByTestId('rating-problem')).toBeFocused();
  await page.keyboard.type('等候时间过长');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rating-panel')).toHaveCount(0);

  // The supervisor finds the case by part of the name and opens it from the results.
  await switchOfficer(app, 'KFQ3002');
  await expect(page.getByTestId('supervisor-dashboard')).toHaveAttribute('data-loaded', 'true');
  await page.keyboard.press('/');
  await expect(page.getByTestId('supervision-search-input')).toBeFocused();
  await page.keyboard.type('星光');
  const found = page
    .getByTestId('supervision-search-results')
    .locator(`tr[data-case-number="${caseNumber}"]`);
  await expect(found).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByTestId('supervision-search-results').locator('tr.ow-case-row').first(),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail-number')).toHaveText(/\S/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('supervisor-dashboard')).toBeVisible();

  // The follow-up's row opens its case; the outcome is typed and recorded with Enter.
  const followUps = page.getByTestId('follow-ups');
  const row = followUps.locator(`tr[data-case-number="${caseNumber}"]`);
  await expect(row).toContainText('等候时间过长');
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
  await expect(page.getByTestId('follow-up-outcome-input')).toBeFocused();
  await page.keyboard.type('已电话回访，申请人对调整窗口排班表示满意');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('follow-up-outcome')).toContainText(
    '已电话回访，申请人对调整窗口排班表示满意',
  );
  await expect(page.getByTestId('case-timeline')).toContainText('差评回访结果');
  await page.locator('body').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('supervisor-dashboard')).toBeVisible();
  await expect(page.getByTestId('follow-ups')).not.toContainText(caseNumber);
});

test('a row of the red list opens its case by keyboard (↓ then Enter)', async ({ page }) => {
  const app = new CounterApp(page);
  await app.open('W01');
  await app.login('KFQ3002');
  await expect(page.getByTestId('supervisor-dashboard')).toHaveAttribute('data-loaded', 'true');
  await page.evaluate(async (root) => {
    const { demoDay } = await import(/* @vite-ignore */ `/@fs${root}/test/fixtures/demo-day.ts`);
    const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
    const { caseRow } = await import(/* @vite-ignore */ `${location.origin}/db/case-repository.ts`);
    const earlier = demoDay({ date: '2026-11-12', count: 60, seed: 7 });
    await db.transaction('rw', db.events, db.cases, async () => {
      await db.events.clear();
      await db.cases.clear();
      await db.events.bulkPut(earlier.events);
      await db.cases.bulkPut(earlier.cases.map((c: { lastEventAt: string }) => caseRow(c, c.lastEventAt)));
    });
  }, root);
  const red = page.getByTestId('red-list').locator('tr.ow-case-row');
  await expect(red.nth(1)).toBeVisible({ timeout: 15_000 });
  const second = await red.nth(1).getAttribute('data-case-number');
  await red.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(red.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail-number')).toHaveText(second ?? '');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('red-list')).toBeVisible();
});

test('a village agent works at a 服务点, not a 窗口', async ({ page }) => {
  const app = new CounterApp(page);
  await app.open('V01');
  await expect(page.getByText('本机服务点')).toBeVisible();
  await app.login('KFQ5001');
  await expect(app.workbench).toBeVisible();
  await expect(page.getByTestId('window-code')).toHaveText('服务点 V01');
  await expect(app.workbench).toContainText('今日收件 · V01 服务点');
  await expect(page.locator('body')).not.toContainText('V01 窗口');
});

test('schema version 4 remakes the search keys of the cases already stored, and keeps the rows', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('hall-name')).toBeVisible();
  const result = await page.evaluate(async (root) => {
    const { Dexie } = await import(`/@fs${root}/node_modules/dexie/dist/modern/dexie.mjs`);
    const { demoDay } = await import(`/@fs${root}/test/fixtures/demo-day.ts`);
    const state = demoDay({ date: '2026-11-24', count: 1 }).cases[0];
    state.applicant.name = '十堰星光广告有限公司';
    const v3 = new Dexie('search-upgrade-test');
    v3.version(3).stores({
      catalogs: 'version, receivedAt',
      $syncState: 'key',
      events: 'id, caseId, [deviceId+deviceSeq], at',
      cases: 'caseId, &caseNumber, windowCode, status, registeredOn, lastEventAt, *searchKeys',
      $outbox: 'deviceSeq, eventId, caseId',
      blobs: 'sha256, createdAt',
      $blobOutbox: 'sha256',
      officers: 'id',
      credit: 'idNumber',
      halls: 'id',
      drafts: 'id, officerId, updatedAt',
      $serverOrder: 'eventId, caseId',
      $rejected: 'eventId, deviceSeq',
    });
    // A row as version 3 wrote it: the fields whole, lower-cased.
    await v3.table('cases').put({
      caseId: state.caseId,
      caseNumber: state.caseNumber,
      windowCode: state.windowCode,
      status: state.status,
      registeredOn: state.dates.registeredOn,
      lastEventAt: state.lastEventAt,
      searchKeys: [
        state.caseNumber.toLowerCase(),
        state.applicant.name,
        state.applicant.idNumber.toLowerCase(),
      ],
      state,
    });
    v3.close();
    const { CounterDb } = await import(`/@fs${root}/renderer/db/schema.ts`);
    const { searchCases } = await import(`/@fs${root}/renderer/db/case-queries.ts`);
    const db = new CounterDb('search-upgrade-test');
    const found = async (q: string) => (await searchCases(db, q)).map((r: { caseId: string }) => r.caseId);
    const out = {
      version: (await db.open()).verno,
      same: (await db.cases.get(state.caseId))?.state.caseNumber === state.caseNumber,
      byPart: await found('星光'),
      byItem: await found(state.item.name.slice(2, 5)),
      byLast4: await found(state.applicant.idNumber.slice(-4)),
      byLongPart: await found('堰星光广告有限公司'),
      byWholeNumber: await found(state.caseNumber),
      id: state.caseId,
    };
    db.close();
    await Dexie.delete('search-upgrade-test');
    return out;
  }, root);
  expect(result.version).toBe(4);
  expect(result.same).toBe(true);
  expect(result.byPart).toEqual([result.id]);
  expect(result.byItem).toEqual([result.id]);
  expect(result.byLast4).toEqual([result.id]);
  expect(result.byLongPart).toEqual([result.id]);
  expect(result.byWholeNumber).toEqual([result.id]);
});

test('browser mode: a paper prints without the server once the counter has started', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await stubPrintDialogs(page);
  const app = new CounterApp(page);
  await app.open('W01');
  await app.login('KFQ3002');
  await expect(page.getByTestId('supervisor-dashboard')).toHaveAttribute('data-loaded', 'true');
  // The fonts and harfbuzz are kept on the PC after the start (10 s, then when idle), before any
  // paper is printed.
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          (await (await caches.open('onewindow-document-assets')).keys()).map((r) => r.url),
        ),
      { timeout: 60_000 },
    )
    .toHaveLength(3);
  await expect(page.getByTestId('daily-log-card')).toBeVisible();
  await context.setOffline(true);
  await page.keyboard.press('Alt+P');
  await expect(page.getByTestId('document-preview-print')).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByTestId('document-preview-frame')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('document-preview')).toHaveCount(0, { timeout: 20_000 });
  expect(await printDialogs(page)).toBe(1);
  await context.setOffline(false);
});

test('browser mode: fonts not kept yet and no server: the message names the network, not the installation', async ({
  page,
}) => {
  await page.route(/\.(ttf|wasm)$/, (route) => route.abort('internetdisconnected'));
  const app = new CounterApp(page);
  await app.open('W01');
  await app.login('KFQ3002');
  await expect(page.getByTestId('supervisor-dashboard')).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByTestId('daily-log-card')).toBeVisible();
  await page.keyboard.press('Alt+P');
  const preview = page.getByTestId('document-preview');
  await expect(preview).toContainText('网络恢复后再打印', { timeout: 30_000 });
  await expect(preview).not.toContainText('安装');
});
