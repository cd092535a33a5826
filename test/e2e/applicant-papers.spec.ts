import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard, type Party } from './pages/IntakeWizard';
import { framePdf, printDialogs, stubPrintDialogs, tabTo } from './support/print-frame';

// Issue 12 E and F, keyboard only after page.goto: the applicant step refuses what the papers
// cannot print and follows a changed ID; the receipt's QR code and the public /query form open the
// progress page, which says what to bring and whom to call; a mailed result's 送达回证 says where
// it went. The one stub: print() of the print frame (support/print-frame.ts says why).

const ZHANG = { idNumber: '420302199001011237', name: '张三', phone: '13907191234' };
const WANG = { idNumber: '420303198805122348', name: '王五', phone: '13807192345' };
// Applicants of their own in each later test: cases of the first one may reach those devices by sync.
const LI = { idNumber: '420302199203151238', name: '李梅', phone: '13907190001' };
const ZHAO = { idNumber: '42030319800707234X', name: '赵强', phone: '13907190002' };
const SUN = { idNumber: '420302197505053458', name: '孙丽', phone: '13907190003' };
const ITEM = { query: 'gtgsh', name: '个体工商户设立登记' };

/** A walk-in with nothing handed in: the one-time notice. Returns the case number and query code. */
async function notifyMissing(page: Page, wizard: IntakeWizard, who: Party): Promise<[string, string]> {
  await wizard.start();
  await wizard.fillApplicant(who);
  await page.keyboard.press('Enter');
  await wizard.chooseItem(ITEM.query, ITEM.name);
  await wizard.expectStep('situations');
  await page.keyboard.press('Enter');
  await wizard.expectDecision('notify-missing');
  const caseNumber = await wizard.confirm();
  await expect(page.getByTestId('intake-done')).toHaveAttribute('data-outcome', 'notify-missing');
  const code = /查询码 (\w+)/.exec((await page.getByTestId('done-subtitle').textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^\d{6}$/);
  return [caseNumber, code];
}

/** The n-th print frame's PDF, written to `path` for poppler. */
async function printedPdf(page: Page, index: number, path: string): Promise<string> {
  writeFileSync(path, await framePdf(page, index));
  return path;
}

const pdfText = (path: string) =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

test('the applicant step: full-width phone digits, an emoji name, a long address, and a changed ID', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  // 张三's phone typed with a Chinese input method's full-width digits: taken, stored in ASCII.
  await notifyMissing(page, wizard, { ...ZHANG, phone: '１３９０７１９１２３４' });
  await notifyMissing(page, wizard, WANG);

  await wizard.start();
  await page.keyboard.type(ZHANG.idNumber);
  await expect(page.getByTestId('applicant-name')).toHaveValue(ZHANG.name);
  // Typed in full-width digits, stored in ASCII: the autofill gives it so.
  await expect(page.getByTestId('applicant-phone')).toHaveValue(ZHANG.phone);
  // The officer corrects the ID to 王五's: his name and phone replace 张三's.
  await page.keyboard.press('Control+A');
  await page.keyboard.type(WANG.idNumber);
  await expect(page.getByTestId('applicant-name')).toHaveValue(WANG.name);
  await expect(page.getByTestId('applicant-phone')).toHaveValue(WANG.phone);
  await expect(page.getByTestId('returning-applicant')).toBeVisible();

  // A name with an emoji: said at once, and the step does not go on.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('applicant-name')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('😀');
  await expect(
    page.getByText('申请人姓名中的“😀”无法打印在文书上（如表情符号），请删除或改用文字'),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await wizard.expectStep('applicant');
  await page.keyboard.press('Backspace');
  await expect(page.getByText(/无法打印在文书上/)).toHaveCount(0);

  // An address past the limit is kept whole and refused, not cut.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('applicant-address')).toBeFocused();
  const long = '湖北省十堰市张湾区车城路'.repeat(9);
  await page.keyboard.insertText(long);
  await expect(page.getByTestId('applicant-address')).toHaveValue(long);
  await expect(page.getByText(`地址至多 100 个字（现有 ${[...long].length} 个），请删减`)).toBeVisible();
  await page.keyboard.press('Enter');
  await wizard.expectStep('applicant');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('十堰市张湾区车城路1号');
  await page.keyboard.press('Enter');
  await wizard.expectStep('item');
});

test('the applicant reads the progress: the receipt’s QR code, the /query form, what to bring', async ({
  page,
  context,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  await stubPrintDialogs(page);
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  const [caseNumber, code] = await notifyMissing(page, wizard, LI);

  // The one-time notice's case reaches the central server by the counter's own sync.
  await expect
    .poll(async () => (await request.get(`/query/${caseNumber}?code=${code}`)).status(), {
      timeout: 20_000,
      intervals: [500],
    })
    .toBe(200);

  // On the applicant's phone: the form, a lower-case case number typed, Enter.
  const phone = await context.newPage();
  await phone.goto('/query');
  await phone.keyboard.press('Tab');
  await expect(phone.getByLabel('办件编号')).toBeFocused();
  await phone.keyboard.type('w01-2026');
  await phone.keyboard.press('Tab');
  await phone.keyboard.type(code);
  await phone.keyboard.press('Enter');
  // A half-typed number is said in plain words, the form kept with the focus on it.
  await expect(phone.getByRole('alert')).toHaveText(/办件编号应为 窗口编号-年月日-4位序号/);
  await expect(phone.getByLabel('办件编号')).toBeFocused();
  await phone.keyboard.press('Control+A');
  await phone.keyboard.type(caseNumber.toLowerCase());
  await phone.keyboard.press('Enter');
  await expect(phone.locator('h1')).toHaveText(`办件进度 ${caseNumber}`);
  await expect(phone.locator('body')).toContainText('已一次性告知');
  const missing = phone.getByTestId('progress-missing');
  await expect(missing).toContainText('还需提交的材料');
  await expect(missing.locator('li')).toHaveCount(3);
  const hall = phone.getByTestId('progress-hall');
  await expect(hall).toContainText('十堰经济技术开发区政务服务中心');
  await expect(hall).toContainText('咨询电话：0719-0000000');
  await phone.screenshot({ path: 'test/output/e2e/applicant-progress.png', fullPage: true });

  // The receipt of an accepted case: its QR code is a link that opens the progress page.
  await page.bringToFront();
  await wizard.start();
  await wizard.fillApplicant(ZHAO);
  await page.keyboard.press('Enter');
  await wizard.chooseItem(ITEM.query, ITEM.name);
  await wizard.expectStep('situations');
  await page.keyboard.press('Enter');
  await wizard.allMaterialsReceived();
  const accepted = await wizard.confirm();
  await tabTo(page, 'print-receipt');
  await page.keyboard.press('Enter');
  await expect.poll(() => printDialogs(page), { timeout: 30_000 }).toBe(1);
  const pdf = await printedPdf(page, 0, testInfo.outputPath('receipt.pdf'));
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf, testInfo.outputPath('receipt')]);
  const decoded = execFileSync('zbarimg', ['--quiet', '--raw', testInfo.outputPath('receipt.png')], {
    encoding: 'utf8',
  }).trim();
  expect(decoded).toMatch(new RegExp(`^https?://[^/]+/query\\?case=${accepted}&code=\\d{6}$`));
  const link = new URL(decoded);
  await expect
    .poll(async () => (await request.get(`${link.pathname}${link.search}`)).status(), { timeout: 20_000 })
    .toBe(200);
  await phone.bringToFront();
  await phone.goto(`${link.pathname}${link.search}`);
  await expect(phone.locator('h1')).toHaveText(`办件进度 ${accepted}`);
  await expect(phone.locator('body')).toContainText('已受理');
});

test('a result mailed: the 送达回证 gives the address and phone it went to', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await stubPrintDialogs(page);
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await wizard.start();
  await wizard.fillApplicant(SUN);
  await page.keyboard.press('Enter');
  await wizard.chooseItem(ITEM.query, ITEM.name);
  await wizard.expectStep('situations');
  await page.keyboard.press('Enter');
  await wizard.allMaterialsReceived();
  await wizard.confirm();
  await expect(page.getByTestId('approve-on-spot')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('done-subtitle')).toContainText('已制证');
  await page.keyboard.press('Alt+D');
  await expect(page.getByTestId('delivery-receiver')).toBeFocused();

  // 邮寄送达: the method with the arrow keys, then the tracking number, address and phone.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, 'delivery-tracking');
  await page.keyboard.type('SF1234567890');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('delivery-address')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('请填写邮寄地址')).toBeVisible();
  await page.keyboard.type('十堰市张湾区车城路1号');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('delivery-phone')).toHaveValue(SUN.phone);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('１３６０７１９３４５６');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-status')).toHaveText('已送达');

  await tabTo(page, 'print-delivery-receipt');
  await page.keyboard.press('Enter');
  await expect.poll(() => printDialogs(page), { timeout: 30_000 }).toBe(1);
  const text = pdfText(await printedPdf(page, 0, testInfo.outputPath('delivery-receipt.pdf')));
  expect(text).toContain('邮寄地址十堰市张湾区车城路1号');
  expect(text).toContain('联系电话13607193456');
  expect(text).toContain('SF1234567890');
  expect(text).not.toContain('申请人登记的邮寄地址');
});
