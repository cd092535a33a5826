import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { hallDateTime } from '../../shared/domain';
import { encodePreApplication } from '../../shared/preapply';
import { ZHANG_PREAPPLICATION } from '../fixtures/preapplication';
import { BackOffice, switchOfficer } from './pages/BackOffice';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';
import { openCounter, root } from './support/counter';
import { hardwareScan } from './support/hardware-scan';
import { printDialogs, stubPrintDialogs } from './support/print-frame';

// Issue 12 C and D, keyboard only: a way out of every mistake (abandon a draft, one draft in one
// tab, void a case registered by mistake) and keys that never surprise (destructive decisions on
// keys of their own, asking first and naming the case; print keys; `?`; stable step numbers).

// A November day: every promise of the demo items falls inside the calendar's known years.
const DAY = '2026-11-16T09:00:00+08:00';
const ZHANG = { idNumber: '420302199001011237', name: '张三', phone: '13907191234' };
const WANG = { idNumber: '420303198805122348', name: '王五', phone: '13807192345' };

async function prepare(context: BrowserContext, page: Page, clock: boolean): Promise<void> {
  if (clock) await context.clock.install({ time: DAY });
  // The cases stay on this device: the central server is shared by the spec files of a run.
  await context.route('**/api/v1/sync/push', (route) => route.abort());
  await stubPrintDialogs(page);
}

// Five helpers share this machine's two cores: a keyboard-only walk-in takes its time.
test.describe.configure({ timeout: 150_000 });

// The barcode gun's test (the last) keeps the real clock: a wedge scan is told from typing by
// the keys' timing, which the installed clock does not drive.
/** F2, the applicant typed, Enter, and the item searched and taken with Enter. */
async function begin(wizard: IntakeWizard, who: typeof ZHANG, query: string, name: string): Promise<void> {
  await wizard.start();
  await wizard.fillApplicant(who);
  await wizard.page.keyboard.press('Enter');
  await wizard.chooseItem(query, name);
}

test.beforeEach(async ({ context, page }, testInfo) =>
  prepare(context, page, !testInfo.title.includes('pre-application')),
);

test('a stuck walk-in is abandoned after a confirmation naming it, and F2 then starts afresh', async ({
  page,
}) => {
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await begin(wizard, ZHANG, 'gtgsh', '个体工商户设立登记');
  await wizard.expectStep('situations');
  await wizard.waitDraftSaved();
  await page.keyboard.press('Escape');
  await expect(app.workbench).toBeVisible();

  // F2 goes back to it; the way out is Alt+Shift+Q, which asks first (Esc keeps the walk-in).
  await wizard.start().catch(() => undefined);
  await wizard.expectStep('situations');
  await page.keyboard.press('Alt+Shift+Q');
  const subject = page.getByTestId('destructive-subject');
  await expect(subject).toContainText('张三');
  await expect(subject).toContainText('个体工商户设立登记');
  await page.screenshot({ path: 'test/output/e2e/drafts-abandon.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect(subject).toBeHidden();
  await wizard.expectStep('situations');

  await wizard.abandon('张三');
  await expect(page.getByText('已放弃未完成的收件')).toBeVisible();
  await expect(page.getByTestId('new-walk-in')).toContainText('新收件');
  // Gone from Dexie too: a reload brings nothing back, and F2 starts a new walk-in.
  await page.reload();
  await expect(app.workbench).toBeVisible();
  await expect(page.getByTestId('new-walk-in')).toContainText('新收件');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await wizard.start();
  await expect(page.getByTestId('applicant-id-number')).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('one walk-in is open in one tab: the second says so and cannot confirm it', async ({
  page,
  context,
}) => {
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await begin(wizard, WANG, 'KFQ-SJ-005', '第二类医疗器械经营备案');
  await wizard.allMaterialsReceived();
  await wizard.next();
  await wizard.expectStep('confirm');
  await wizard.waitDraftSaved();

  // The same officer opens a second tab of the counter: the saved walk-in opens there, held here.
  const second = await context.newPage();
  const other = new CounterApp(second);
  await openCounter(second, { windowCode: 'W01' });
  // A second Vite page on a busy machine: its first load may take longer than the usual 5 s.
  await expect(second.getByTestId('hall-name')).toHaveText('十堰经济技术开发区政务服务中心', {
    timeout: 30_000,
  });
  await other.login('KFQ0101');
  const elsewhere = second.getByTestId('draft-elsewhere');
  await expect(elsewhere).toContainText('这次收件已在另一个标签页中打开');
  await second.keyboard.press('Enter');
  await second.keyboard.press('Alt+N');
  await expect(elsewhere).toBeVisible();
  await expect(second.getByTestId('intake-done')).toHaveCount(0);
  await second.screenshot({ path: 'test/output/e2e/drafts-elsewhere.png', fullPage: true });

  // Confirmed in the first tab: the second takes over, finds it recorded, and is back at its work.
  await page.bringToFront();
  await expect(page.getByTestId('confirm-intake')).toBeFocused();
  await page.keyboard.press('Enter');
  const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
  expect(caseNumber).toMatch(/^W01-20261116-\d{4}$/);
  await expect(second.getByText('这次收件已在另一个标签页中办结或放弃')).toBeVisible();
  await expect(second.getByTestId('workbench')).toBeVisible();
  await expect(other.todayCases).toHaveCount(1);
  await expect(other.caseRow(caseNumber)).toBeVisible();
});

test('confirmation itself refuses a walk-in already made into a case', async ({ page }) => {
  const app = new CounterApp(page);
  await app.open('W01');
  const result = await page.evaluate(async (root) => {
    const { CounterDb } = await import(`/@fs${root}/renderer/db/schema.ts`);
    const commands = await import(`/@fs${root}/renderer/db/case-commands.ts`);
    const { demoCatalog, findItem } = await import(`/@fs${root}/shared/catalog/index.ts`);
    const { itemSnapshot } = await import(`/@fs${root}/shared/domain/index.ts`);
    const db = new CounterDb('draft-once-test');
    const officer = { officerId: 'KFQ0101', role: 'window' };
    const from = { officerId: 'KFQ0101', startedAt: '2026-11-16T01:00:00.000Z' };
    await db.drafts.put({ id: 'intake.KFQ0101', officerId: 'KFQ0101', updatedAt: '', content: from });
    const input = {
      windowCode: 'W01',
      date: '2026-11-16',
      from,
      drafts: (caseId: string, caseNumber: string) => [
        {
          caseId,
          type: 'registered',
          payload: {
            applicant: {
              kind: 'person',
              name: '王五',
              idType: 'resident-id',
              idNumber: '420303198805122348',
              phone: '13807192345',
            },
            item: itemSnapshot(demoCatalog, findItem(demoCatalog, 'KFQ-SJ-005')),
            windowCode: 'W01',
            caseNumber,
            situations: [],
            credit: 'normal',
          },
        },
      ],
    };
    const first = await commands.createCase(db, officer, input);
    const draftLeft = await db.drafts.count();
    let second = '';
    try {
      await commands.createCase(db, officer, input);
    } catch (error) {
      second = `${(error as Error).name} ${(error as { caseNumber?: string }).caseNumber ?? ''}`;
    }
    const out = { first: first.caseNumber, draftLeft, second, cases: await db.cases.count() };
    db.close();
    return out;
  }, root);
  expect(result.first).toBe('W01-20261116-0001');
  expect(result.draftLeft).toBe(0);
  expect(result.second).toBe('DraftConfirmedError W01-20261116-0001');
  expect(result.cases).toBe(1);
});

test('a case registered by mistake is voided by its officer with a reason, kept and seen by supervision', async ({
  page,
}) => {
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await begin(wizard, WANG, 'KFQ-SJ-005', '第二类医疗器械经营备案');
  await wizard.allMaterialsReceived();
  const caseNumber = await wizard.confirm();
  await page.keyboard.press('Alt+D');
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
  await expect(page.getByTestId('void-panel')).toBeVisible();

  await page.keyboard.press('Alt+Shift+V');
  await expect(page.getByTestId('destructive-subject')).toContainText(caseNumber);
  await expect(page.getByTestId('destructive-subject')).toContainText('王五');
  await expect(page.getByTestId('void-reason')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('请填写作废原因')).toBeVisible();
  await page.keyboard.type('事项选错，应为第二类医疗器械经营备案变更');
  await page.screenshot({ path: 'test/output/e2e/drafts-void.png', fullPage: true });
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('case-status')).toHaveText('已作废');
  await expect(page.getByTestId('case-voided')).toContainText('事项选错');
  await expect(page.getByTestId('case-timeline')).toContainText('作废');
  await expect(page.getByTestId('void-panel')).toHaveCount(0);
  await expect(page.getByTestId('approve-on-spot')).toHaveCount(0);

  // Kept in the record after a reload, and counted by supervision.
  await page.reload();
  await expect(page.getByTestId('case-status')).toHaveText('已作废');
  await page.keyboard.press('Escape');
  await switchOfficer(app, 'KFQ3002');
  await expect(page.getByTestId('cases-by-status')).toContainText('已作废');
});

test('the top step decides only after a confirmation naming the case; Alt+N decides nothing', async ({
  page,
}) => {
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  const office = new BackOffice(page);
  await app.openAndLogin('KFQ0501', 'W05');
  await begin(wizard, ZHANG, 'KFQ-JS-002', '建筑工程施工许可证核发');
  await wizard.allMaterialsReceived();
  await wizard.expectDecision('accept');
  // Alt+N on the last step goes nowhere: only Enter (or the button) records the case.
  await wizard.next();
  await wizard.expectStep('confirm');
  await wizard.next();
  await wizard.expectStep('confirm');
  await expect(page.getByTestId('intake-done')).toHaveCount(0);
  await page.keyboard.press('Enter');
  const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
  await page.keyboard.press('Escape');

  await switchOfficer(app, 'KFQ1202');
  await office.open(caseNumber);
  await office.act('材料齐全', 'approve');
  await expect(office.row(caseNumber)).toHaveCount(0);

  // The section chief decides this item. Alt+N (下一步 in the wizard) and Alt+R do nothing here.
  await switchOfficer(app, 'KFQ1201');
  await office.open(caseNumber);
  await page.keyboard.type('不符合法定条件');
  await page.keyboard.press('Alt+N');
  await page.keyboard.press('Alt+R');
  await expect(page.getByTestId('case-status')).toHaveText('审批中');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // `?` lists this screen's keys (in the opinion field it is typed: Tab out of it first).
  await page.keyboard.press('Tab');
  await page.keyboard.press('?');
  const help = page.getByTestId('key-help');
  await expect(help).toContainText('Alt+Shift+J');
  await expect(help).toContainText('不予许可（须确认）');
  await expect(help).toContainText('Ctrl+Enter');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);

  // Alt+Shift+J asks, naming the case; Esc keeps it undecided; asked again, Enter denies.
  await page.keyboard.press('Alt+Shift+J');
  await expect(page.getByTestId('destructive-subject')).toContainText(caseNumber);
  await expect(page.getByTestId('destructive-subject')).toContainText('张三');
  await page.screenshot({ path: 'test/output/e2e/drafts-deny-confirm.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('destructive-subject')).toBeHidden();
  await expect(page.getByTestId('case-status')).toHaveText('审批中');
  await page.keyboard.press('Alt+Shift+J');
  await expect(page.getByTestId('destructive-ok')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(office.queue).toBeVisible();
  await expect(office.row(caseNumber)).toHaveCount(0);
});

test('step numbers stay, `?` shows the screen keys, Ctrl+P prints on the done page and the case page', async ({
  page,
}) => {
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await wizard.start();
  const steps = page.getByTestId('wizard-steps');
  await expect(steps).toContainText('Alt+4');
  await wizard.fillApplicant(WANG);
  await page.keyboard.press('Enter');
  // An item that asks nothing: the situations step is shown skipped, the materials stay step 4.
  await wizard.chooseItem('KFQ-SJ-005', '第二类医疗器械经营备案');
  await wizard.expectStep('materials');
  await expect(steps).toContainText('本事项无');
  await expect(steps.locator('.ant-steps-item')).toHaveCount(5);
  await expect(steps.locator('.ant-steps-item').nth(3)).toContainText('Alt+4');
  await expect(steps.locator('.ant-steps-item').nth(3)).toHaveClass(/ant-steps-item-process/);
  await expect(steps.locator('.ant-steps-item').nth(3).locator('.ant-steps-item-icon')).toContainText('4');

  await page.locator('body').focus();
  await page.keyboard.press('?');
  const help = page.getByTestId('key-help');
  await expect(help).toContainText('全部已收');
  await expect(help).toContainText('Alt+Shift+Q');
  await expect(help).toContainText('Alt+Shift+R');
  await page.screenshot({ path: 'test/output/e2e/drafts-key-help.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await wizard.expectStep('materials'); // Esc closed the help, not the walk-in

  await wizard.allMaterialsReceived();
  const caseNumber = await wizard.confirm();
  await expect(page.getByTestId('print-receipt')).toContainText('Ctrl+P');
  await page.keyboard.press('Control+P');
  await expect(page.getByText('已发送打印：受理通知书')).toBeVisible();
  await expect.poll(() => printDialogs(page)).toBe(1);

  await page.keyboard.press('Alt+D');
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
  await page.keyboard.press('Control+P');
  await expect.poll(() => printDialogs(page)).toBe(2);
  await expect(page.getByTestId('case-timeline').locator('[data-event-type="documentPrinted"]')).toHaveCount(
    2,
  );
});

test('Enter on the item step keeps the item a scanned pre-application chose', async ({ page }) => {
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const pre = { ...ZHANG_PREAPPLICATION, madeOn: hallDateTime(Date.now()).slice(0, 10) };
  await hardwareScan(page, encodePreApplication(pre));
  await wizard.expectStep('applicant');
  await expect(page.getByTestId('applicant-name')).toHaveValue('张三');
  await page.keyboard.press('Enter');
  await wizard.expectStep('item');
  const chosen = page.getByTestId('item-results').locator('[aria-selected="true"]');
  await expect(chosen).toContainText('食品经营许可（新办）');
  await page.keyboard.press('Enter');
  await wizard.expectStep('situations');
  await expect(page.getByTestId('intake-summary')).toContainText('食品经营许可（新办）');
  await expect(page.getByTestId('situation-vending-machine')).toBeChecked();
});
