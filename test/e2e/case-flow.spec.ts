import { expect, test, type Page } from '@playwright/test';
import { BackOffice, switchOfficer } from './pages/BackOffice';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';

// Issue 12 B, "every case lands somewhere", keyboard only: the window's work queue takes the
// village agent's instant item, the reviewer's return and the notified applicant's return.

const DAY = new Date('2026-12-02T09:30:00+08:00');
const ZHANG = { idNumber: '420302199001011237', name: '张三', phone: '13907191234' };
const WANG = { idNumber: '420303198805122348', name: '王五', phone: '13807192345' };
const LI = { idNumber: '420302198203030036', name: '李四', phone: '13707193456' };

/** Alt+L enters the work queue, ↓ walks to the case's row, Enter opens the case. */
async function openFromQueue(page: Page, caseNumber: string, kind: string): Promise<void> {
  const row = page.getByTestId('work-queue').locator(`tr[data-queue-case="${caseNumber}"]`);
  await expect(row).toHaveAttribute('data-queue', kind, { timeout: 40_000 });
  await page.keyboard.press('Alt+L');
  for (let i = 0; i < 200 && !(await row.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
}

/** A walk-in of a construction item at W05, with the materials at `positions` (all when undefined). */
async function walkInAtW05(
  app: CounterApp,
  wizard: IntakeWizard,
  who: typeof ZHANG,
  positions?: number[],
): Promise<string> {
  await wizard.start();
  await wizard.fillApplicant(who);
  await expect(app.page.getByTestId('applicant-id-ok')).toBeVisible();
  await app.page.keyboard.press('Enter');
  await wizard.chooseItem('KFQ-JS-008', '临时占用城市道路许可');
  await wizard.expectStep('situations'); // no large project: nothing ticked
  await app.page.keyboard.press('Enter');
  if (positions) {
    await wizard.tickMaterials(positions);
    await wizard.expectDecision('notify-missing');
  } else {
    await wizard.allMaterialsReceived();
    await wizard.expectDecision('accept');
  }
  const caseNumber = await wizard.confirm();
  await app.page.keyboard.press('Escape');
  await expect(app.workbench).toBeVisible();
  return caseNumber;
}

/**
 * W05 accepts a construction item, its reviewer answers with `opinion` and the step's Alt key
 * ('return' 退回, C 要求补正), and the window officer is back at the workbench. Returns the case number.
 */
async function sentBackToW05(
  page: Page,
  who: typeof ZHANG,
  opinion: string,
  key: 'return' | 'C',
): Promise<string> {
  const app = new CounterApp(page);
  const office = new BackOffice(page);
  await app.openAndLogin('KFQ0501', 'W05');
  const caseNumber = await walkInAtW05(app, new IntakeWizard(page), who);
  await switchOfficer(app, 'KFQ1202');
  await office.open(caseNumber);
  await office.act(opinion, key);
  await expect(office.queue).toBeVisible();
  await expect(office.row(caseNumber)).toHaveCount(0);
  await switchOfficer(app, 'KFQ0501');
  return caseNumber;
}

test('an instant item accepted by a village agent waits at the hall windows and W01 approves it from its queue', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const village = await browser.newContext();
  const hall = await browser.newContext();
  const agentPage = await village.newPage();
  const windowPage = await hall.newPage();
  await agentPage.clock.install({ time: DAY });
  await windowPage.clock.install({ time: DAY });

  // The agent at service point V02 takes the application and accepts it; she may not decide it.
  const agent = new CounterApp(agentPage);
  const wizard = new IntakeWizard(agentPage);
  await agent.openAndLogin('KFQ5002', 'V02');
  await wizard.start();
  await wizard.fillApplicant(ZHANG);
  await expect(agentPage.getByTestId('applicant-id-ok')).toBeVisible();
  await agentPage.keyboard.press('Enter');
  await wizard.chooseItem('gtgsh', '个体工商户设立登记');
  await wizard.expectStep('situations');
  await agentPage.keyboard.press('Enter');
  await wizard.allMaterialsReceived();
  await wizard.expectDecision('accept');
  const caseNumber = await wizard.confirm();
  expect(caseNumber).toMatch(/^V02-20261202-\d{4}$/);
  await expect(agentPage.getByTestId('approve-on-spot')).toHaveCount(0);
  await expect(agentPage.getByTestId('waiting-at-windows')).toContainText('W01 综合受理1号窗口');
  await agentPage.keyboard.press('Escape');
  const sent = agentPage.getByTestId('work-queue').locator(`tr[data-queue-case="${caseNumber}"]`);
  await expect(sent).toHaveAttribute('data-queue', 'sent');
  await expect(sent.getByTestId('queue-detail')).toContainText('W01 综合受理1号窗口');

  // The hall's W01 finds it in its work queue and approves it on the spot.
  const window = new CounterApp(windowPage);
  await window.openAndLogin('KFQ0101', 'W01');
  await openFromQueue(windowPage, caseNumber, 'approve');
  await expect(windowPage.getByTestId('case-status')).toHaveText('已受理');
  await expect(windowPage.getByTestId('approve-on-spot')).toBeFocused();
  await windowPage.keyboard.press('Enter');
  await expect(windowPage.getByTestId('case-status')).toHaveText('已制证');
  // Back at the village room the result is ready to hand out.
  await expect(sent).toHaveAttribute('data-queue', 'deliver', { timeout: 40_000 });
  await village.close();
  await hall.close();
});

test.describe('one window PC, officers taking turns', () => {
  // The cases stay on this device (as in backoffice.spec): the server is shared by the spec files.
  test.beforeEach(async ({ page }) => {
    await page.route('**/api/v1/sync/push', (route) => route.abort());
    await page.clock.install({ time: DAY });
  });

  test('a case the reviewer returns is back in its window’s queue with the reason, corrected and sent again', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const caseNumber = await sentBackToW05(page, WANG, '位置图未标明占用尺寸，请补正', 'return');
    const row = page.getByTestId('work-queue').locator(`tr[data-queue-case="${caseNumber}"]`);
    await expect(row.getByTestId('queue-detail')).toHaveText('审查退回：位置图未标明占用尺寸，请补正');
    await page.screenshot({ path: 'test/output/e2e/case-flow-work-queue.png', fullPage: true });
    await openFromQueue(page, caseNumber, 'returned');
    await expect(page.getByTestId('returned-reason')).toHaveText('位置图未标明占用尺寸，请补正');
    await page.screenshot({ path: 'test/output/e2e/case-flow-returned.png', fullPage: true });
    await expect(page.getByTestId('resend-note')).toBeFocused();
    await page.keyboard.type('已补正位置图尺寸');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('corrected-KFQ-JS-008-M04')).toBeChecked();
    await page.keyboard.press('Alt+Y');
    await expect(page.getByTestId('case-status')).toHaveText('审批中');
    await expect(page.getByTestId('returned-panel')).toHaveCount(0);
    await expect(page.getByTestId('case-timeline')).toContainText('已补正位置图尺寸');
    await page.keyboard.press('Escape');
    await expect(row).toHaveCount(0);

    // The reviewer has it again.
    await switchOfficer(new CounterApp(page), 'KFQ1202');
    await expect(new BackOffice(page).row(caseNumber)).toBeVisible();
  });

  test('a returned case can be ended: the applicant withdraws, confirmed by name', async ({ page }) => {
    test.setTimeout(90_000);
    const caseNumber = await sentBackToW05(page, LI, '申请占道时段与交通管制冲突', 'return');
    await openFromQueue(page, caseNumber, 'returned');
    await page.keyboard.press('Alt+Shift+W');
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText(caseNumber);
    await expect(confirm.getByRole('button', { name: '确认撤回' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('case-status')).toHaveText('已撤回');
  });

  test('a case paused for corrections waits in its window’s queue, which receives them', async ({ page }) => {
    test.setTimeout(90_000);
    const caseNumber = await sentBackToW05(page, WANG, '请补交盖章的位置图', 'C');
    await openFromQueue(page, caseNumber, 'paused');
    await expect(page.getByTestId('correction-panel')).toContainText('请补交盖章的位置图');
    await expect(page.getByTestId('correction-KFQ-JS-008-M01')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('correction-KFQ-JS-008-M04')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('record-correction')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('已收取补正材料')).toBeVisible();
    await expect(page.getByTestId('case-timeline').getByText('收取材料')).toHaveCount(5);
  });

  test('a notified applicant comes back: the same case continues, notified again, then accepted', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0501', 'W05');
    const caseNumber = await walkInAtW05(app, wizard, ZHANG, [0, 1]);
    await openFromQueue(page, caseNumber, 'notified');
    await expect(page.getByTestId('case-status')).toHaveText('已一次性告知');

    // Only one of the two missing materials came: a new notice lists the other.
    await expect(page.getByTestId('arrived-KFQ-JS-008-M03')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('resume-intake')).toHaveAttribute('data-outcome', 'notify-missing');
    await page.keyboard.press('Alt+B');
    await expect(page.getByTestId('case-timeline')).toContainText('一次性告知');
    await expect(page.getByTestId('arrived-KFQ-JS-008-M04')).toBeFocused();
    await expect(page.getByTestId('arrived-KFQ-JS-008-M03')).toHaveCount(0);

    // The rest came: accepted, sent to review, with no second registration.
    await page.keyboard.press('Space');
    await expect(page.getByTestId('resume-intake')).toHaveAttribute('data-outcome', 'accept');
    await page.keyboard.press('Alt+B');
    await expect(page.getByTestId('case-status')).toHaveText('审批中');
    await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
    await expect(page.getByTestId('case-timeline').getByText('收件登记')).toHaveCount(1);
    await expect(page.getByTestId('deadline-promise')).toHaveText('2026年12月7日');
  });
});
