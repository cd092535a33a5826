import { expect, test } from '@playwright/test';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';

// The counter from the first keystroke to the certificate, keyboard only after page.goto, on the
// demo hall that `npm run web` seeds. Each test has its own browser context (a fresh IndexedDB).

const ZHANG = { idNumber: '420302199001011237', name: '张三', phone: '13907191234' };
const WANG = { idNumber: '420303198805122348', name: '王五', phone: '13807192345' };
const AGENT = { idNumber: '420302197503053454', name: '赵六', phone: '13607193456' };
const DISHONEST = { idNumber: '420302198507150010', name: '李四', phone: '13507194567' };

test.describe('login', () => {
  test('refuses a wrong password, tells an officer at another window, and logs out', async ({ page }) => {
    const app = new CounterApp(page);
    await app.open();
    await expect(page.getByTestId('login-window')).toHaveText('W01');
    await page.screenshot({
      path: 'test/output/e2e/intake-login.png',
      fullPage: true,
      animations: 'disabled',
    });
    await app.login('KFQ0101', 'wrong-password');
    await expect(page.getByTestId('login-error')).toHaveText('工号或密码不正确，请重新输入');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('kfq0301');
    await page.keyboard.press('Tab');
    await page.keyboard.type('123456');
    await page.keyboard.press('Enter');
    await expect(app.workbench).toBeVisible();
    await expect(page.getByTestId('officer')).toHaveText('张海涛（KFQ0301）');
    await expect(page.getByTestId('window-mismatch')).toContainText('W03');
    await page.getByTestId('logout').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('工号')).toBeVisible();
  });
});

test.describe('a walk-in at the window', () => {
  test('a class A instant item is accepted and approved on the spot with its certificate', async ({
    page,
  }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await page.screenshot({
      path: 'test/output/e2e/intake-workbench-empty.png',
      fullPage: true,
      animations: 'disabled',
    });
    await wizard.start();
    await wizard.fillApplicant(ZHANG);
    await expect(page.getByTestId('applicant-id-ok')).toContainText('男');
    await wizard.screenshot('applicant');
    await page.keyboard.press('Enter');
    await wizard.expectStep('item');
    await expect(page.getByTestId('item-facts')).toBeVisible();
    await wizard.screenshot('item');
    await wizard.chooseItem('gtgsh', '个体工商户设立登记');
    await wizard.expectStep('situations');
    await wizard.screenshot('situations');
    await page.keyboard.press('Enter');
    await wizard.expectStep('materials');
    await expect(wizard.materials).toHaveCount(3);
    await wizard.expectDecision('notify-missing');
    await wizard.allMaterialsReceived();
    await wizard.expectDecision('accept');
    await wizard.screenshot('materials');
    await wizard.next();
    await wizard.expectStep('confirm');
    await wizard.screenshot('confirm');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('intake-done')).toHaveAttribute('data-outcome', 'accept');
    const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
    // Other tests' W01 cases reach this device through sync, so the number is the next one of the day.
    expect(caseNumber).toMatch(/^W01-\d{8}-\d{4}$/);
    await expect(page.getByTestId('approve-on-spot')).toBeFocused();
    await wizard.screenshot('done');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('done-subtitle')).toContainText('已制证 KFQ-SJ-002-');
    await page.keyboard.press('Alt+D');
    await expect(page.getByTestId('case-status')).toHaveText('已制证');
    const timeline = page.getByTestId('case-timeline');
    for (const label of ['收件登记', '收取材料', '受理', '准予许可', '制发证照'])
      await expect(timeline).toContainText(label);
    await expect(page.getByTestId('print-certificate')).toBeVisible();
    await page.keyboard.press('Enter'); // the delivery form is focused: handed over at the window
    await expect(page.getByTestId('case-status')).toHaveText('已送达');
    await page.screenshot({
      path: 'test/output/e2e/intake-case-detail.png',
      fullPage: true,
      animations: 'disabled',
    });
    await page.keyboard.press('Escape');
    await expect(app.caseRow(caseNumber)).toContainText('已送达');
    await page.screenshot({
      path: 'test/output/e2e/intake-workbench.png',
      fullPage: true,
      animations: 'disabled',
    });
  });

  test('a class B item is accepted with two tolerated materials, supplied later', async ({ page }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0501', 'W05');
    await wizard.start();
    await wizard.fillApplicant(WANG);
    await page.keyboard.press('Enter');
    await wizard.chooseItem('KFQ-JS-004', '特殊建设工程消防验收');
    await wizard.expectStep('materials'); // no situation questions: straight to the checklist
    await expect(wizard.materials).toHaveCount(11);
    await wizard.tickMaterials([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    await wizard.expectDecision('accept-with-tolerance');
    const tolerated = page.getByTestId('tolerated-list').locator('li');
    await expect(tolerated).toHaveText([
      '自动消防设施安装调试记录、隐蔽工程验收记录、系统调试报告',
      '工程竣工图纸',
    ]);
    await expect(page.getByTestId('supply-deadline')).toContainText('补齐期限');
    await wizard.screenshot('tolerance');
    const caseNumber = await wizard.confirm();
    await expect(page.getByTestId('intake-done')).toHaveAttribute('data-outcome', 'accept-with-tolerance');
    await expect(page.getByTestId('print-tolerance-commitment')).toBeVisible();
    await page.keyboard.press('Escape');

    // Later that day the applicant brings the two materials: found by phone from the workbench.
    await app.searchAndOpen(WANG.phone, caseNumber);
    await expect(page.getByTestId('case-status')).toHaveText('审批中');
    await expect(page.getByTestId('supplement-KFQ-JS-004-M10')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('record-supplement')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('supplement-panel')).toHaveCount(0);
    const materials = page.getByTestId('case-materials');
    await expect(materials.locator('[data-material="KFQ-JS-004-M10"]')).toContainText('已补齐');
    await expect(materials.locator('[data-material="KFQ-JS-004-M11"]')).toContainText('已补齐');
    await expect(page.getByTestId('case-timeline')).toContainText('补齐材料');
  });

  test('a dishonest applicant is refused tolerance and given the one-time notice', async ({ page }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0501', 'W05');
    await wizard.start();
    await wizard.fillApplicant(DISHONEST);
    await expect(page.getByTestId('applicant-credit')).toHaveText('失信');
    await expect(page.getByTestId('dishonest-warning')).toContainText('不适用容缺受理');
    await page.keyboard.press('Enter');
    await wizard.chooseItem('xfys', '特殊建设工程消防验收');
    await wizard.tickMaterials([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    await wizard.expectDecision('notify-missing');
    await expect(page.getByTestId('decision-reasons')).toContainText('申请人列入失信名单，不适用容缺受理');
    await expect(page.getByTestId('missing-list').locator('li')).toHaveCount(2);
    await wizard.screenshot('notice');
    await wizard.confirm();
    await expect(page.getByTestId('intake-done')).toHaveAttribute('data-outcome', 'notify-missing');
    await expect(page.getByTestId('print-missing-notice')).toBeVisible();
    await page.keyboard.press('Alt+D');
    await expect(page.getByTestId('case-status')).toHaveText('已一次性告知');
  });

  test('a situation and an agent add materials to the checklist', async ({ page }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await wizard.start();
    await wizard.fillApplicant(ZHANG);
    await wizard.addAgent(AGENT);
    await page.keyboard.press('Enter');
    await wizard.chooseItem('spjy', '食品经营许可（新办）');
    await wizard.tickSituation(0, 'vending-machine');
    await page.keyboard.press('Enter');
    await wizard.expectStep('materials');
    await expect(wizard.materials).toHaveCount(5);
    await expect(wizard.materials.nth(3)).toContainText('自动售货设备产品合格证明');
    await expect(wizard.materials.nth(4)).toContainText('授权委托书');
    await wizard.allMaterialsReceived();
    await wizard.expectDecision('accept');
    await wizard.confirm();
    await page.keyboard.press('Alt+D');
    await expect(page.getByTestId('case-materials').locator('tbody tr')).toHaveCount(5);
  });

  test('a refusal records its reason', async ({ page }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await wizard.start();
    await wizard.fillApplicant(WANG);
    await page.keyboard.press('Enter');
    await wizard.chooseItem('gtgsh', '个体工商户设立登记');
    await page.keyboard.press('Alt+Shift+R');
    await expect(page.getByRole('radio', { name: '申请事项依法不需要取得行政许可' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('refusal-authority')).toBeFocused();
    await page.keyboard.type('十堰市自然资源和规划局');
    await expect(page.getByTestId('refusal-text')).toHaveValue(/请向十堰市自然资源和规划局申请/);
    await wizard.screenshot('refusal');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('intake-done')).toHaveAttribute('data-outcome', 'refused');
    await expect(page.getByTestId('print-refusal')).toBeVisible();
  });
});

test.describe('nothing confirmed is lost', () => {
  test('a whole walk-in with the network cut, and the case is there after a reload', async ({
    page,
    context,
  }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await context.setOffline(true);
    await wizard.start();
    await wizard.fillApplicant(WANG);
    await page.keyboard.press('Enter');
    await wizard.chooseItem('KFQ-SJ-005', '第二类医疗器械经营备案');
    await wizard.allMaterialsReceived();
    await wizard.expectDecision('accept');
    const caseNumber = await wizard.confirm();
    await page.keyboard.press('Escape');
    await expect(app.caseRow(caseNumber)).toBeVisible();
    await context.setOffline(false);
    await page.reload();
    await expect(app.workbench).toBeVisible();
    await expect(app.caseRow(caseNumber)).toContainText('第二类医疗器械经营备案');
  });

  test('a reload in the middle of a walk-in keeps the draft', async ({ page }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await wizard.start();
    await wizard.fillApplicant(ZHANG);
    await page.keyboard.press('Enter');
    await wizard.chooseItem('gtgsh', '个体工商户设立登记');
    await page.keyboard.press('Enter');
    await wizard.tickMaterials([0, 2]);
    await wizard.waitDraftSaved();
    await page.reload();
    await wizard.expectStep('materials');
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await expect(page.getByTestId('intake-summary')).toContainText('张三');
    await expect(page.getByTestId('material-KFQ-SJ-002-M01')).toBeChecked();
    await expect(page.getByTestId('material-KFQ-SJ-002-M02')).not.toBeChecked();
    await expect(page.getByTestId('material-KFQ-SJ-002-M03')).toBeChecked();
    await page.keyboard.press('Alt+A');
    await wizard.confirm();
    await page.reload();
    await expect(page.getByTestId('intake-wizard')).toHaveCount(0);
  });
});
