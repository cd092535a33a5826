import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { createCalendar } from '../../shared/calendar';
import { v7 as uuidv7 } from 'uuid';
import { sealEvent, type UnsealedCaseEvent } from '../../shared/domain';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync';
import { hallToday } from '../../renderer/features/shell/clock';
import { BackOffice, switchOfficer } from './pages/BackOffice';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';
import { root } from './support/counter';
import { stubPrintDialogs } from './support/print-frame';

// The back office and supervision in one browser context (one Dexie), the officers taking turns
// at the same PC: window W05 → reviewer → chief → leader → the joint meeting's secretary → window.

// The cases stay on this device: the server is shared by the spec files of a run, and other specs
// count the cases their devices pull from it.
test.beforeEach(async ({ page }) => {
  await page.route('**/api/v1/sync/push', (route) => route.abort());
  await stubPrintDialogs(page);
});

const APPLICANT = { idNumber: '420302199001011237', name: '张三', phone: '13907191234' };
const OTHER = { idNumber: '420303198805122348', name: '王五', phone: '13807192345' };
const THIRD = { idNumber: '420302198203030036', name: '李四', phone: '13707193456' };

async function acceptAtW05(
  app: CounterApp,
  wizard: IntakeWizard,
  who: typeof APPLICANT,
  item: readonly [code: string, name: string] = ['KFQ-JS-003', '特殊建设工程消防设计审查'],
  situations = true,
): Promise<string> {
  await wizard.start();
  await wizard.fillApplicant(who);
  await expect(app.page.getByTestId('applicant-id-ok')).toBeVisible();
  await app.page.keyboard.press('Enter');
  await wizard.chooseItem(...item);
  if (situations) {
    await wizard.expectStep('situations'); // only the agent question: none applies
    await app.page.keyboard.press('Enter');
  }
  await wizard.expectStep('materials');
  await wizard.allMaterialsReceived();
  await wizard.expectDecision('accept');
  const caseNumber = await wizard.confirm();
  await app.page.keyboard.press('Escape');
  await expect(app.workbench).toBeVisible();
  return caseNumber;
}

test('a meeting-tier item climbs reviewer, chief, leader and the meeting, then gets its certificate and a poor rating', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  const office = new BackOffice(page);
  await app.openAndLogin('KFQ0501', 'W05');
  const caseNumber = await acceptAtW05(app, wizard, APPLICANT);
  await app.searchAndOpen(APPLICANT.phone, caseNumber);
  await expect(page.getByTestId('case-status')).toHaveText('审批中');
  const promised = (await page.getByTestId('deadline-promise').textContent()) ?? '';
  expect(promised).not.toBe('');

  // 审查 → 科长: the reviewer of the construction section.
  await switchOfficer(app, 'KFQ1202');
  await expect(office.queue).toBeVisible();
  await office.open(caseNumber);
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'review');
  await office.act('材料齐全，符合消防技术标准', 'approve');
  await expect(office.queue).toBeVisible();
  await expect(office.row(caseNumber)).toHaveCount(0);

  // The chief returns it once (the deadline stays), the reviewer passes it again.
  await switchOfficer(app, 'KFQ1201');
  await office.open(caseNumber);
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'chief');
  await office.act('请核对防火分区面积', 'return');
  await expect(office.queue).toBeVisible();
  await office.open(caseNumber); // a chief also reviews: the case waits at the review step
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'review');
  await expect(page.getByTestId('deadline-promise')).toHaveText(promised);
  await office.act('已核对，面积符合要求', 'approve');
  await office.open(caseNumber);
  await office.act('同意', 'approve');
  await expect(office.row(caseNumber)).toHaveCount(0);

  await switchOfficer(app, 'KFQ2001');
  await office.open(caseNumber);
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'leader');
  await office.act('同意提交联席会议', 'approve');
  await expect(office.row(caseNumber)).toHaveCount(0);

  // The joint meeting: its secretary records the date, the attendees and the decision.
  await switchOfficer(app, 'KFQ3001');
  await office.open(caseNumber);
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'meeting');
  await page.keyboard.type('会议审议通过');
  await page.getByTestId('meeting-attendees').focus();
  await page.keyboard.type('徐建国、何建平、罗春燕');
  await page.keyboard.press('Control+Enter');
  await expect(office.queue).toBeVisible();
  await expect(office.row(caseNumber)).toHaveCount(0);

  // The window makes the certificate, hands it over, and the applicant rates the visit poorly.
  await switchOfficer(app, 'KFQ0501');
  await app.searchAndOpen(APPLICANT.phone, caseNumber);
  await expect(page.getByTestId('case-status')).toHaveText('准予许可');
  await expect(page.getByTestId('issue-certificate')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-status')).toHaveText('已制证');
  const timeline = page.getByTestId('case-timeline');
  for (const label of ['转办', '审核', '准予许可', '制发证照']) await expect(timeline).toContainText(label);
  await expect(page.getByTestId('delivery-receiver')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-status')).toHaveText('已送达');
  await expect(page.getByTestId('rating-panel')).toBeVisible();
  await page.locator('body').focus();
  await page.keyboard.press('5');
  await expect(page.getByTestId('rating-problem')).toBeFocused();
  await page.keyboard.type('等候时间过长');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rating-panel')).toHaveCount(0);
  await page.screenshot({ path: 'test/output/e2e/backoffice-certified.png', fullPage: true });

  // The supervisor sees the follow-up, due in 15 working days.
  const due = createCalendar().addWorkingDays(hallToday(), 15);
  await switchOfficer(app, 'KFQ3002');
  const followUps = page.getByTestId('follow-ups');
  await expect(followUps).toContainText(caseNumber);
  await expect(followUps).toContainText('等候时间过长');
  await expect(followUps).toContainText(due);
});

test('a correction pauses the clock and resuming keeps the promise by the paused days', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  const office = new BackOffice(page);
  await app.openAndLogin('KFQ0501', 'W05');
  const caseNumber = await acceptAtW05(app, wizard, OTHER);
  await app.searchAndOpen(OTHER.phone, caseNumber);
  const promised = (await page.getByTestId('deadline-promise').textContent()) ?? '';

  await switchOfficer(app, 'KFQ1202');
  await office.open(caseNumber);
  await office.act('请补正消防设计文件的签章页', 'C');
  await expect(office.queue).toBeVisible();
  await expect(office.row(caseNumber)).toContainText('补正材料');
  await office.open(caseNumber);
  await expect(page.getByTestId('case-status')).toHaveText('补正中');
  await office.act('已补正', 'M');
  await expect(page.getByTestId('case-status')).toHaveText('审批中');
  // Paused and resumed on the same day: no working day was paused, so the promise is unchanged.
  await expect(page.getByTestId('deadline-promise')).toHaveText(promised);
  await expect(page.getByTestId('case-timeline')).toContainText('恢复计时');
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'review');
});

test("a denial at the chief prints its decision with the applicant's rights, recorded as printed", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  const office = new BackOffice(page);
  await app.openAndLogin('KFQ0501', 'W05');
  const caseNumber = await acceptAtW05(app, wizard, THIRD, ['KFQ-JS-002', '建筑工程施工许可证核发'], false);

  await switchOfficer(app, 'KFQ1202');
  await office.open(caseNumber);
  await office.act('材料齐全', 'approve');
  await switchOfficer(app, 'KFQ1201');
  await office.open(caseNumber);
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'chief');
  await office.act('施工图设计文件未经审查合格，不符合法定条件', 'deny');

  // The decision opens at once for printing: 不予行政许可决定书 with the reasons and the remedies.
  await expect(office.queue).toBeVisible();
  await printPreview(page, '行政许可决定书');
  await expect(office.row(caseNumber)).toHaveCount(0);
  expect(await printsOf(page, caseNumber)).toEqual(['decision']);
  const decision = await page.evaluate(async (caseNumber) => {
    const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
    const row = await db.cases
      .filter((c: { state: { caseNumber: string } }) => c.state.caseNumber === caseNumber)
      .first();
    return { status: row.state.status, reasons: row.state.decision?.reasons };
  }, caseNumber);
  expect(decision).toEqual({ status: 'denied', reasons: '施工图设计文件未经审查合格，不符合法定条件' });
});

/**
 * Replaces the cases on the supervisor's device with a demo day of 300 walk-ins today and 80 of
 * an earlier day, whose clocks have turned yellow and red and whose tolerance cases missed their
 * supply dates. The cases pulled from the shared test server are replaced: the demo day numbers
 * its cases from 0001 at every window, as a real day would. Optionally sets the hall's tolerance rule.
 */
async function loadDemoDay(page: Page, tolerance?: object): Promise<number> {
  return page.evaluate(
    async ({ root, tolerance }) => {
      const { demoDay } = await import(/* @vite-ignore */ `/@fs${root}/test/fixtures/demo-day.ts`);
      const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
      const { caseRow } = await import(/* @vite-ignore */ `${location.origin}/db/case-repository.ts`);
      const hallDate = (ms: number) =>
        new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(ms));
      const today = hallDate(Date.now());
      const day = demoDay({ date: today, count: 300 });
      const earlier = demoDay({ date: hallDate(Date.now() - 14 * 86_400_000), count: 80, seed: 7 });
      await db.transaction('rw', db.events, db.cases, db.halls, async () => {
        await db.events.clear();
        await db.cases.clear();
        for (const d of [day, earlier]) {
          await db.events.bulkPut(d.events);
          await db.cases.bulkPut(d.cases.map((c: { lastEventAt: string }) => caseRow(c, c.lastEventAt)));
        }
        if (tolerance) {
          const hall = await db.halls.toCollection().first();
          await db.halls.put({ ...hall, content: { ...hall.content, tolerance } });
        }
      });
      return day.cases.length as number;
    },
    { root, tolerance },
  );
}

async function openDashboard(page: Page, tolerance?: object): Promise<void> {
  const app = new CounterApp(page);
  await app.open('W01');
  await app.login('KFQ3002');
  await expect(page.getByTestId('supervisor-dashboard')).toHaveAttribute('data-loaded', 'true');
  expect(await loadDemoDay(page, tolerance)).toBe(300);
  await expect(page.getByTestId('red-list').locator('tbody tr').first()).toContainText('W0', {
    timeout: 15_000,
  });
}

/** The prints recorded for a case on this device (documentPrinted events). */
async function printsOf(page: Page, caseNumber: string): Promise<string[]> {
  return page.evaluate(async (caseNumber) => {
    const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
    const row = await db.cases
      .filter((c: { state: { caseNumber: string } }) => c.state.caseNumber === caseNumber)
      .first();
    return ((row?.state.prints ?? []) as Array<{ kind: string }>).map((p) => p.kind);
  }, caseNumber);
}

/** Confirms the popconfirm of `button` by keyboard: Enter on the button, then on 确定. */
async function confirmByKeyboard(page: Page, button: string, confirm: string): Promise<void> {
  await page.getByTestId(button).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(confirm)).toBeVisible();
  await page.getByTestId(confirm).focus();
  await page.keyboard.press('Enter');
}

/** Prints the open preview with Enter and waits for it to close. */
async function printPreview(page: Page, title: string): Promise<void> {
  const preview = page.getByRole('dialog').filter({ has: page.getByTestId('document-preview') });
  await expect(preview).toContainText(title);
  await expect(page.getByTestId('document-preview-print')).toBeEnabled({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('document-preview')).toHaveCount(0, { timeout: 20_000 });
}

test('the supervisor dashboard over a demo day of several hundred cases', async ({ page }) => {
  test.setTimeout(90_000);
  await openDashboard(page);
  await expect(page.getByTestId('daily-log-count')).toContainText('共 3');
  // The charts (loaded with the dashboard): intake by window, cases by state, on time vs overdue.
  const intake = page.getByTestId('chart-intake').locator('svg');
  for (const text of ['W01', 'W07', '受理', '容缺', '告知', '不予受理'])
    await expect(intake).toContainText(text);
  await expect(page.getByTestId('chart-status').locator('svg')).toContainText('已受理');
  await expect(page.getByTestId('chart-clock').locator('svg')).toContainText('红灯');
  await page.screenshot({ path: 'test/output/e2e/supervisor-dashboard.png', fullPage: true });

  // Under the demo hall's rule (terminate), a tolerance case of the earlier day that missed its
  // supply date is terminated, and its notice printed from the preview that follows.
  const supply = page.getByTestId('supply-list');
  const overdue = supply.locator('button[data-testid^="terminate-"]').first();
  const caseNumber = ((await overdue.getAttribute('data-testid')) ?? '').replace('terminate-', '');
  await expect(supply.locator('button[data-testid^="grace-"]')).toHaveCount(0);
  await confirmByKeyboard(page, `terminate-${caseNumber}`, 'terminate-confirm');
  await printPreview(page, '终止办理通知书');
  await expect(page.getByTestId(`terminate-${caseNumber}`)).toHaveCount(0);
  await expect(page.getByTestId('cases-by-status')).toContainText('已终止 1');
  expect(await printsOf(page, caseNumber)).toEqual(['termination-notice']);
});

test('every list exports to an .xlsx with Chinese headers and dates, the hall, the list and the day', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openDashboard(page);
  const red = page.getByTestId('red-list').locator('tbody tr');
  const first = ((await red.first().locator('td').first().textContent()) ?? '').slice(0, 17);
  expect(first).toMatch(/^W0\d-\d{8}-\d{4}$/);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-red').click();
  const download = await downloading;
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  expect(download.suggestedFilename()).toBe(`十堰经济技术开发区政务服务中心-红灯超期办件-${today}.xlsx`);

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.getWorksheet('红灯超期办件');
  if (!sheet) throw new Error('no sheet 红灯超期办件');
  const [y, m, d] = today.split('-').map(Number);
  expect(sheet.getCell('A1').value).toBe(`十堰经济技术开发区政务服务中心 红灯超期办件（${y}年${m}月${d}日）`);
  expect(sheet.getRow(2).values).toEqual([
    undefined,
    '办件编号',
    '事项',
    '申请人',
    '状态',
    '受理日期',
    '承诺办结日期',
    '已用工作日',
    '暂停工作日',
  ]);
  // Every red case of the dashboard, in its order, dates as date cells shown 2026年11月10日.
  const shown = await page.getByTestId('stat-red').textContent();
  expect(sheet.rowCount - 2).toBe(Number((shown ?? '').replace(/\D/g, '')));
  const row = sheet.getRow(3);
  expect(row.getCell(1).value).toBe(first);
  for (const at of [5, 6]) {
    expect(row.getCell(at).value).toBeInstanceOf(Date);
    expect(row.getCell(at).numFmt).toBe('yyyy"年"m"月"d"日"');
  }
  expect(Number(row.getCell(7).value)).toBeGreaterThan(0);
});

test('under "pause-then-terminate" a missed supply date pauses the case first, then terminates it with its notice', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openDashboard(page, { onDefault: 'pause-then-terminate', graceWorkingDays: 3 });
  const supply = page.getByTestId('supply-list');
  // No case is terminated straight away: each overdue case is offered its grace pause.
  await expect(supply.locator('button[data-testid^="terminate-"]')).toHaveCount(0);
  const graceButtons = supply.locator('button[data-testid^="grace-"]');
  expect(await graceButtons.count()).toBeGreaterThan(1);
  const numbers = await graceButtons.evaluateAll((els) =>
    els.map((e) => (e.getAttribute('data-testid') ?? '').replace('grace-', '')),
  );
  const [paused, lapsed] = numbers as [string, string];

  // The supervisor pauses one: its grace deadline (three working days on) shows on the list.
  const until = createCalendar().addWorkingDays(hallToday(), 3);
  await confirmByKeyboard(page, `grace-${paused}`, 'grace-confirm');
  await expect(supply.locator(`[data-testid="grace-${paused}"]`)).toHaveText(`暂停至 ${until}`);
  await expect(supply.locator('tr', { hasText: paused }).getByTestId('clock-grace')).toHaveText(
    `逾期暂停至 ${until}`,
  );

  // Another was paused in time and its grace has run out: now it is terminated, with its notice.
  const graceUntil = await page.evaluate(
    async ({ root, caseNumber }) => {
      const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
      const { recordPause } = await import(/* @vite-ignore */ `${location.origin}/db/office-commands.ts`);
      const { createCalendar } = await import(/* @vite-ignore */ `/@fs${root}/shared/calendar/index.ts`);
      const row = await db.cases
        .filter((c: { state: { caseNumber: string } }) => c.state.caseNumber === caseNumber)
        .first();
      const calendar = createCalendar();
      const from = calendar.addWorkingDays(row.state.dates.supplyDeadline, 1);
      const until = calendar.addWorkingDays(from, 1);
      await recordPause(
        db,
        { officerId: 'KFQ3002', role: 'supervisor' },
        {
          caseId: row.caseId,
          kind: 'correction',
          reason: '容缺材料逾期未补齐，暂停办理',
          from,
          graceUntil: until,
        },
        { calendar },
      );
      return until as string;
    },
    { root, caseNumber: lapsed },
  );
  expect(graceUntil < hallToday()).toBe(true);
  await confirmByKeyboard(page, `terminate-${lapsed}`, 'terminate-confirm');
  await printPreview(page, '终止办理通知书');
  expect(await printsOf(page, lapsed)).toEqual(['termination-notice']);
  const ended = await page.evaluate(async (caseNumber) => {
    const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
    const row = await db.cases
      .filter((c: { state: { caseNumber: string } }) => c.state.caseNumber === caseNumber)
      .first();
    return { status: row.state.status, grace: row.state.dates.pauses.at(-1)?.graceUntil };
  }, lapsed);
  expect(ended).toEqual({ status: 'terminated', grace: graceUntil });
  await expect(page.getByTestId('cases-by-status')).toContainText('已终止 1');
  await expect(supply.locator(`[data-testid="grace-${paused}"]`)).toBeVisible();

  // The applicant of the first brings the material within the grace: the window's record of it
  // gives the clock back in the same batch, and the case leaves the supply list.
  const supplied = await page.evaluate(
    async ({ root, caseNumber, today }) => {
      const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
      const { recordSupplement } = await import(/* @vite-ignore */ `${location.origin}/db/case-commands.ts`);
      const { createCalendar } = await import(/* @vite-ignore */ `/@fs${root}/shared/calendar/index.ts`);
      const row = await db.cases
        .filter((c: { state: { caseNumber: string } }) => c.state.caseNumber === caseNumber)
        .first();
      const owed = row.state.tolerated
        .filter((m: { suppliedOn?: string }) => m.suppliedOn === undefined)
        .map((m: { materialId: string }) => ({ materialId: m.materialId, copies: 1, form: 'original' }));
      const events = await recordSupplement(
        db,
        { officerId: 'KFQ0101', role: 'window' },
        { caseId: row.caseId, materials: owed, on: today },
        { calendar: createCalendar() },
      );
      const after = await db.cases.get(row.caseId);
      return {
        types: events.map((e: { type: string }) => e.type).slice(-2),
        status: after.state.status,
        pause: after.state.dates.pauses.at(-1),
      };
    },
    { root, caseNumber: paused, today: hallToday() },
  );
  expect(supplied.types).toEqual(['supplemented', 'resumed']);
  expect(supplied.status).not.toBe('paused');
  expect(supplied.pause).toMatchObject({ graceUntil: until, to: hallToday() });
  await expect(supply.locator(`[data-testid="grace-${paused}"]`)).toHaveCount(0);
});

test('rejected sync events: offline in words, then the list from the central server', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.route('**/api/v1/sync/rejected', (route) => route.abort());
  await openDashboard(page);
  const card = page.getByTestId('rejected-events');
  await expect(card.getByTestId('rejected-offline')).toContainText('离线：无法从中心服务读取被拒事件');

  // A village room's device pushes a note on a case the server never received: it is rejected.
  const { caseId, caseNumber } = await page.evaluate(async () => {
    const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
    const row = (await db.cases.toCollection().first()) as { caseId: string; state: { caseNumber: string } };
    return { caseId: row.caseId, caseNumber: row.state.caseNumber };
  });
  const code = (await (await request.get('/__dev/enrollment-code?kind=window&counter=W08')).json()).value
    .code as string;
  const deviceId = `dev-rejected-${Date.now()}`;
  const protocol = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
  const enrolled = await request.post('/api/v1/devices/enroll', {
    headers: protocol,
    data: { code, deviceId },
  });
  const credential = (await enrolled.json()).value.credential as string;
  const event = sealEvent({
    id: uuidv7(),
    caseId,
    deviceId,
    deviceSeq: 1,
    actor: 'KFQ0801',
    at: `${hallToday()}T10:00:00+08:00`,
    type: 'note',
    payload: { text: '已电话联系申请人' },
    blobs: [],
  } as UnsealedCaseEvent);
  const pushed = await request.post('/api/v1/sync/push', {
    headers: { ...protocol, authorization: `Bearer ${credential}` },
    data: { deviceId, events: [event] },
  });
  expect((await pushed.json()).value.rejected).toHaveLength(1);

  // Online again: the count and the row a supervisor reads (case, event, reason, device, when).
  await page.unroute('**/api/v1/sync/rejected');
  await card.getByTestId('rejected-refresh').focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('rejected-offline')).toHaveCount(0);
  const row = card.locator('tbody tr', { hasText: deviceId });
  await expect(row).toContainText(caseNumber);
  await expect(row).toContainText('备注');
  await expect(row).toContainText('办件尚未登记');
  await expect(row).toContainText(`${deviceId} #1`);
  await expect(row).toContainText(`${hallToday()} 10:00`);
  await expect(card.getByTestId('rejected-count')).toContainText(/共 [1-9]\d* 条/);
});
