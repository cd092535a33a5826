import { expect, test } from '@playwright/test';
import { createCalendar } from '../../shared/calendar';
import { hallToday } from '../../renderer/features/shell/clock';
import { BackOffice, switchOfficer } from './pages/BackOffice';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';
import { root } from './support/counter';

// The back office and supervision in one browser context (one Dexie), the officers taking turns
// at the same PC: window W05 → reviewer → chief → leader → the joint meeting's secretary → window.

// The cases stay on this device: the server is shared by the spec files of a run, and other specs
// count the cases their devices pull from it.
test.beforeEach(async ({ page }) => {
  await page.route('**/api/v1/sync/push', (route) => route.abort());
});

const APPLICANT = { idNumber: '420302199001011237', name: '张三', phone: '13907191234' };
const OTHER = { idNumber: '420303198805122348', name: '王五', phone: '13807192345' };

async function acceptAtW05(app: CounterApp, wizard: IntakeWizard, who: typeof APPLICANT): Promise<string> {
  await wizard.start();
  await wizard.fillApplicant(who);
  await expect(app.page.getByTestId('applicant-id-ok')).toBeVisible();
  await app.page.keyboard.press('Enter');
  await wizard.chooseItem('KFQ-JS-003', '特殊建设工程消防设计审查');
  await wizard.expectStep('situations'); // only the agent question: none applies
  await app.page.keyboard.press('Enter');
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
  await office.act('材料齐全，符合消防技术标准', 'A');
  await expect(office.queue).toBeVisible();
  await expect(office.row(caseNumber)).toHaveCount(0);

  // The chief returns it once (the deadline stays), the reviewer passes it again.
  await switchOfficer(app, 'KFQ1201');
  await office.open(caseNumber);
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'chief');
  await office.act('请核对防火分区面积', 'R');
  await expect(office.queue).toBeVisible();
  await office.open(caseNumber); // a chief also reviews: the case waits at the review step
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'review');
  await expect(page.getByTestId('deadline-promise')).toHaveText(promised);
  await office.act('已核对，面积符合要求', 'A');
  await office.open(caseNumber);
  await office.act('同意', 'A');
  await expect(office.row(caseNumber)).toHaveCount(0);

  await switchOfficer(app, 'KFQ2001');
  await office.open(caseNumber);
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'leader');
  await office.act('同意提交联席会议', 'A');
  await expect(office.row(caseNumber)).toHaveCount(0);

  // The joint meeting: its secretary records the date, the attendees and the decision.
  await switchOfficer(app, 'KFQ3001');
  await office.open(caseNumber);
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'meeting');
  await page.keyboard.type('会议审议通过');
  await page.getByTestId('meeting-attendees').focus();
  await page.keyboard.type('徐建国、何建平、罗春燕');
  await page.keyboard.press('Alt+A');
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
  await expect(page.getByTestId('case-status')).toHaveText('特别程序中');
  await office.act('已补正', 'M');
  await expect(page.getByTestId('case-status')).toHaveText('审批中');
  // Paused and resumed on the same day: no working day was paused, so the promise is unchanged.
  await expect(page.getByTestId('deadline-promise')).toHaveText(promised);
  await expect(page.getByTestId('case-timeline')).toContainText('恢复计时');
  await expect(page.getByTestId('review-panel')).toHaveAttribute('data-step', 'review');
});

test('the supervisor dashboard over a demo day of several hundred cases', async ({ page }) => {
  const app = new CounterApp(page);
  await app.open('W01');
  await app.login('KFQ3002');
  await expect(page.getByTestId('supervisor-dashboard')).toHaveAttribute('data-loaded', 'true');
  const loaded = await page.evaluate(async (root) => {
    const { demoDay } = await import(/* @vite-ignore */ `/@fs${root}/test/fixtures/demo-day.ts`);
    const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
    const { caseRow } = await import(/* @vite-ignore */ `${location.origin}/db/case-repository.ts`);
    const hallDate = (ms: number) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(ms));
    const today = hallDate(Date.now());
    // Today's 300 walk-ins, and an earlier day's whose clocks have turned yellow and red.
    const day = demoDay({ date: today, count: 300 });
    const earlier = demoDay({ date: hallDate(Date.now() - 14 * 86_400_000), count: 80, seed: 7 });
    // The cases pulled from the shared test server are replaced: the demo day numbers its cases
    // from 0001 at every window, as a real day would.
    await db.transaction('rw', db.events, db.cases, async () => {
      await db.events.clear();
      await db.cases.clear();
      for (const d of [day, earlier]) {
        await db.events.bulkPut(d.events);
        await db.cases.bulkPut(d.cases.map((c: { lastEventAt: string }) => caseRow(c, c.lastEventAt)));
      }
    });
    return day.cases.length as number;
  }, root);
  expect(loaded).toBe(300);
  await expect(page.getByTestId('red-list').locator('tbody tr').first()).toContainText('W0');
  await expect(page.getByTestId('daily-log-count')).toContainText('共 3');
  await page.screenshot({ path: 'test/output/e2e/supervisor-dashboard.png', fullPage: true });

  // A tolerance case of the earlier day missed its supply date: the supervisor terminates it.
  const overdue = page.getByTestId('supply-list').locator('[data-testid^="terminate-"]').first();
  const caseNumber = ((await overdue.getAttribute('data-testid')) ?? '').replace('terminate-', '');
  const supplyCount = await page.getByTestId('supply-list').locator('[data-testid^="terminate-"]').count();
  await overdue.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('terminate-confirm')).toBeVisible();
  await page.getByTestId('terminate-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`terminate-${caseNumber}`)).toHaveCount(0);
  await expect(page.getByTestId('cases-by-status')).toContainText('已终止 1');
  expect(supplyCount).toBeGreaterThan(0);
});
