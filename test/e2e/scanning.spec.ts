import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hallDateTime } from '../../shared/domain';
import { encodePreApplication, type PreApplication } from '../../shared/preapply';
import { ZHANG_PREAPPLICATION } from '../fixtures/preapplication';
import { qrLuma, qrModules, y4mVideo } from '../support/qr-image';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';
import { hardwareScan } from './support/hardware-scan';
import { pdfPages, pngPage } from './support/scan-files';

// Scanning at the window, in Chromium: keyboard-wedge scanners (a barcode gun types a code a few
// ms a key and ends with Enter), pages of the material in focus from files and from the document
// camera (Chromium's fake camera), and what the materialReceived events name.

const ZHANG = { idNumber: '420302199001011237', name: '张三', phone: '13907191234' };

/** What the applicant's page makes for 张三 with an agent (and the document camera below shows). */
const PRE: PreApplication = {
  ...ZHANG_PREAPPLICATION,
  madeOn: hallDateTime(Date.now()).slice(0, 10),
  applicant: { ...ZHANG_PREAPPLICATION.applicant, address: '十堰市张湾区车城路1号' },
};

// Chromium's fake camera plays this one-frame video: the document camera of these tests, with the
// applicant's pre-application QR code under it (quiet zone included). The flags are for the whole
// file: Playwright launches one browser per set of launch options.
// Not under Playwright's outputDir, which every run empties when it starts.
const CAMERA_FILE = join(process.cwd(), 'test/output/camera/fake-camera.y4m');
mkdirSync(join(process.cwd(), 'test/output/camera'), { recursive: true });
mkdirSync(join(process.cwd(), 'test/output/e2e'), { recursive: true });
// Written aside and renamed: another run of this file (or its loading by the runner) must never
// leave a browser that is already playing it with a half-written file.
const staged = `${CAMERA_FILE}.${process.pid}`;
writeFileSync(staged, y4mVideo(qrLuma(qrModules(encodePreApplication(PRE)), 640, 480), 640, 480));
renameSync(staged, CAMERA_FILE);

// The configuration's browser and flags, and the fake camera's.
test.use({
  launchOptions: async ({ launchOptions }, use) =>
    use({
      ...launchOptions,
      args: [
        ...(launchOptions.args ?? []),
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${CAMERA_FILE}`,
      ],
    }),
});

const body = (page: Page) => page.locator('body');

/** From the workbench to the materials step of 个体工商户设立登记 (three materials). */
async function toMaterials(page: Page, wizard: IntakeWizard): Promise<void> {
  await wizard.start();
  await wizard.fillApplicant(ZHANG);
  await page.keyboard.press('Enter');
  await wizard.chooseItem('gtgsh', '个体工商户设立登记');
  await wizard.expectStep('situations');
  await page.keyboard.press('Enter');
  await wizard.expectStep('materials');
}

const pagesPanel = (page: Page) => page.getByTestId('material-pages');

test.describe('keyboard-wedge scanners and material pages', () => {
  test('imported pages go with their materials; a scanned receipt opens the case, typing does not', async ({
    page,
  }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await toMaterials(page, wizard);

    // The first material has the focus: a PNG and a two-page PDF become its three pages.
    await expect(wizard.materials.nth(0)).toHaveAttribute('data-in-focus', 'yes');
    const first = (await pagesPanel(page).getAttribute('data-material-id')) ?? '';
    await page.getByTestId('page-file-input').setInputFiles([
      { name: '申请书.png', mimeType: 'image/png', buffer: pngPage(3000, 4200) },
      {
        name: '申请书附页.pdf',
        mimeType: 'application/pdf',
        buffer: await pdfPages(['PAGE ONE', 'PAGE TWO']),
      },
    ]);
    await expect(page.getByTestId('page-thumbs')).toHaveAttribute('data-count', '3');
    await expect(page.getByTestId(`material-pages-${first}`)).toHaveText('3 页');
    await expect(page.getByTestId(`material-${first}`)).toBeChecked();

    // Tab to the second material: the next file is its page.
    await page.getByTestId(`material-${first}`).focus();
    await page.keyboard.press('Tab');
    await expect(wizard.materials.nth(1)).toHaveAttribute('data-in-focus', 'yes');
    const second = (await pagesPanel(page).getAttribute('data-material-id')) ?? '';
    expect(second).not.toBe(first);
    await page
      .getByTestId('page-file-input')
      .setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: pngPage(800, 600, 90) });
    await expect(page.getByTestId('page-thumbs')).toHaveAttribute('data-count', '1');
    await wizard.screenshot('materials-pages');

    await page.getByTestId(`material-${second}`).focus();
    await wizard.allMaterialsReceived();
    const caseNumber = await wizard.confirm();

    interface Recorded {
      received: Array<{ materialId: string; payload: string[]; envelope: string[] }>;
      blobs: Array<{ sha256: string; mime: string; width?: number; page?: number }>;
    }
    const recorded = await page.evaluate(async (number): Promise<Recorded> => {
      const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
      const row = await db.cases.where('caseNumber').equals(number).first();
      const events = await db.events.where('caseId').equals(row.caseId).toArray();
      const received = events.filter((e: { type: string }) => e.type === 'materialReceived');
      const blobs = await db.blobs.toArray();
      return {
        received: received.map(
          (e: { blobs: string[]; payload: { materialId: string; blobs: string[] } }) => ({
            materialId: e.payload.materialId,
            payload: e.payload.blobs,
            envelope: e.blobs,
          }),
        ),
        blobs: blobs.map(
          (b: { sha256: string; mime: string; original?: { width?: number; page?: number } }) => ({
            sha256: b.sha256,
            mime: b.mime,
            width: b.original?.width,
            page: b.original?.page,
          }),
        ),
      };
    }, caseNumber);
    const ofFirst = recorded.received.find((r) => r.materialId === first);
    const ofSecond = recorded.received.find((r) => r.materialId === second);
    expect(ofFirst?.payload).toHaveLength(3);
    expect(ofFirst?.envelope).toEqual(ofFirst?.payload);
    expect(ofSecond?.payload).toHaveLength(1);
    const kinds = (ofFirst?.payload ?? []).map((sha) => recorded.blobs.find((b) => b.sha256 === sha));
    // The 3000×4200 PNG came down to a 200 dpi JPEG (its original width noted); the PDF's pages stay PDF.
    expect(kinds.map((b) => b?.mime)).toEqual(['image/jpeg', 'application/pdf', 'application/pdf']);
    expect(kinds[0]?.width).toBe(3000);
    expect(kinds.map((b) => b?.page)).toEqual([undefined, 1, 2]);

    await page.keyboard.press('Escape');
    await expect(app.workbench).toBeVisible();

    // A person typing the number (80 ms a key) is typing: nothing opens.
    const typed = Number((await body(page).getAttribute('data-wedge-typed')) ?? '0');
    await page.keyboard.type(caseNumber, { delay: 80 });
    await page.keyboard.press('Enter');
    await expect(body(page)).toHaveAttribute('data-wedge-typed', String(typed + 1));
    await expect(app.workbench).toBeVisible();
    expect(await body(page).getAttribute('data-wedge-scans')).toBeNull();

    // The barcode gun reading the same number opens the case.
    await hardwareScan(page, caseNumber);
    await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
    await expect(page.getByText(`已打开办件 ${caseNumber}`)).toBeVisible();
    await expect(page.getByTestId('case-dossier')).toHaveAttribute('data-pages', '4');

    // The dossier: the cover and the four pages, in material order, as one PDF file.
    const download = page.waitForEvent('download');
    await page.getByTestId('case-dossier').getByRole('button').click();
    const file = join(process.cwd(), 'test/output/e2e/scanning-dossier.pdf');
    await (await download).saveAs(file);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+5\b/);
    const cover = execFileSync('pdftotext', ['-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(cover).toContain(`办件编号：${caseNumber}`);
    expect(cover).toContain('共4页材料，连同封面5页');

    // So does the receipt's QR code (its tagged payload) read by the gun from the workbench.
    await page.keyboard.press('Escape');
    await expect(app.workbench).toBeVisible();
    await hardwareScan(page, `ONEWINDOW:${caseNumber}:AB12CD`);
    await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
    await expect(body(page)).toHaveAttribute('data-wedge-scans', '2');
  });

  test('an ID card reader fills the applicant; an unknown code is said and leaves the field as it was', async ({
    page,
  }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await wizard.start();
    await expect(page.getByTestId('applicant-id-number')).toBeFocused();
    await hardwareScan(page, ZHANG.idNumber);
    await expect(page.getByText('已读入申请人身份证号码')).toBeVisible();
    await expect(page.getByTestId('applicant-id-number')).toHaveValue(ZHANG.idNumber);
    await expect(page.getByTestId('applicant-id-ok')).toContainText('男');
    await wizard.expectStep('applicant'); // the scanner's Enter did not go on

    // A receipt scanned while the cursor is in the name: the name gets its text back.
    await page.keyboard.press('Tab');
    await page.keyboard.type('张');
    await expect(page.getByTestId('applicant-name')).toHaveValue('张');
    await hardwareScan(page, 'W01-20200102-0999');
    await expect(page.getByText('本机没有办件 W01-20200102-0999')).toBeVisible();
    await expect(page.getByTestId('applicant-name')).toHaveValue('张');

    // A phone number from a scanner in the phone field stays typed, and its Enter goes on as
    // the officer's would (a scanner may serve as a keyboard).
    await page.keyboard.press('Control+A');
    await page.keyboard.type('张三');
    await page.keyboard.press('Tab');
    await hardwareScan(page, ZHANG.phone);
    await expect(body(page)).toHaveAttribute('data-wedge-typed', '1');
    await wizard.expectStep('item');

    // Outside any field, a code the counter does not know is answered in words.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await hardwareScan(page, '6901234567892');
    await expect(page.getByText('无法识别的扫描内容“6901234567892”')).toBeVisible();
    await expect(body(page)).toHaveAttribute('data-wedge-scans', '3');
  });

  test('in the browser the scanner button says to use the camera or import files', async ({ page }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await toMaterials(page, wizard);
    await page.getByTestId('scan-page').click();
    await expect(
      page.getByText('扫描失败：浏览器模式不能直接连接扫描仪，请使用高拍仪或导入扫描文件'),
    ).toBeVisible();
    await expect(page.getByTestId('page-thumbs')).toHaveAttribute('data-count', '0');
  });
});

test.describe('the document camera', () => {
  test('a captured frame lands as a page of the material in focus', async ({ page }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await toMaterials(page, wizard);
    const first = (await pagesPanel(page).getAttribute('data-material-id')) ?? '';
    await page.getByTestId('open-camera').click();
    await expect(page.getByTestId('camera')).toHaveAttribute('data-state', 'live');
    await expect(page.getByTestId('camera-capture')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('page-thumbs')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId(`material-pages-${first}`)).toHaveText('1 页');
    // The thumbnail reads its stored blob after it appears: 'missing' until then.
    await expect(page.getByTestId('page-thumb')).toHaveAttribute('data-mime', 'image/jpeg');
    // The pre-application QR code in the picture is read too, but does not replace this walk-in:
    // capturing pages, no dialog takes the keyboard; the officer is told how to load it.
    await expect(page.getByText('读到预填码。要载入它，请先放弃当前收件（Alt+Shift+Q）或办完')).toBeVisible();
  });
});

// 网上预填: the applicant fills in the central server's public page and shows the QR code at a
// window, which reads it with the barcode gun or the document camera and fills the wizard.

const SERVER = `http://127.0.0.1:${process.env['E2E_SERVER_PORT'] ?? 4391}`;

/** The wizard as the pre-application leaves it: the applicant step, everything filled in. */
async function expectFilledFromPreApplication(page: Page, wizard: IntakeWizard): Promise<void> {
  await wizard.expectStep('applicant');
  await expect(page.getByText('已读入预填申请：食品经营许可（新办），申请人 张三')).toBeVisible();
  await expect(page.getByTestId('applicant-id-number')).toHaveValue(ZHANG.idNumber);
  await expect(page.getByTestId('applicant-id-ok')).toContainText('男');
  await expect(page.getByTestId('applicant-name')).toHaveValue('张三');
  await expect(page.getByTestId('applicant-phone')).toHaveValue(ZHANG.phone);
  await expect(page.getByTestId('applicant-address')).toHaveValue('十堰市张湾区车城路1号');
  await expect(page.getByTestId('has-agent')).toBeChecked();
  await expect(page.getByTestId('agent-id-number')).toHaveValue('420302198507150010');
  await expect(page.getByTestId('agent-name')).toHaveValue('李四');
  // The officer checks and goes on: the item is chosen, the applicant's situation ticked.
  await wizard.next();
  await wizard.expectStep('item');
  await wizard.next();
  await wizard.expectStep('situations');
  await expect(page.getByTestId('situation-vending-machine')).toBeChecked();
}

test.describe('pre-application by the barcode gun', () => {
  test('the applicant fills in the public page; the gun reads its code and fills the wizard', async ({
    page,
  }) => {
    // The applicant, on a phone-sized screen: pick the item, fill in, get the QR code.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${SERVER}/preapply`);
    await page.getByRole('link', { name: '食品经营许可（新办）' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('网上预填：食品经营许可（新办）');
    await page.getByLabel('证件号码', { exact: true }).fill(ZHANG.idNumber);
    await page.getByLabel('姓名或单位名称').fill('张三');
    await page.getByLabel('联系电话', { exact: true }).fill('1390719');
    await page.getByLabel('地址（选填）').fill('十堰市张湾区车城路1号');
    await page.getByLabel('利用自动售货设备经营').check();
    await page.getByLabel('委托代理人办理').check();
    await page.getByLabel('代理人证件号码').fill('420302198507150010');
    await page.getByLabel('代理人姓名').fill('李四');
    await page.getByLabel('代理人联系电话').fill('0719-8000000');
    await page.getByRole('button', { name: '生成预填二维码' }).click();
    // A wrong phone: said in Chinese, the rest kept.
    await expect(page.getByRole('alert')).toContainText('请修改以下 1 处后再提交');
    await expect(page.getByLabel('姓名或单位名称')).toHaveValue('张三');
    await expect(page.getByLabel('利用自动售货设备经营')).toBeChecked();
    await expect(page.getByLabel('联系电话', { exact: true })).toBeFocused();
    await page.screenshot({ path: 'test/output/e2e/preapply-form-error.png', fullPage: true });
    await page.getByLabel('联系电话', { exact: true }).fill(ZHANG.phone);
    await page.getByRole('button', { name: '生成预填二维码' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('预填完成：请保存二维码');
    await expect(page.getByRole('img', { name: '预填二维码' })).toBeVisible();
    await page.screenshot({ path: 'test/output/e2e/preapply-result.png', fullPage: true });
    const code = (await page.getByTestId('preapply-code').textContent()) ?? '';
    expect(code).toBe(encodePreApplication(PRE));

    // At the window: the gun reads the code from the workbench.
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await hardwareScan(page, code);
    await expectFilledFromPreApplication(page, wizard);
    await expect(body(page)).toHaveAttribute('data-wedge-scans', '1');

    // A walk-in with data in it is replaced by another scan only once the officer agrees (Esc
    // keeps it); a damaged code is said to be so.
    await hardwareScan(page, code);
    // The dialog by its name: antd 6 puts a confirmation's title in the modal's header (its
    // accessible name) and again in the body, so the text itself is on the page twice.
    const replace = page.getByRole('dialog', { name: '放弃未完成的收件，载入预填申请？' });
    await expect(replace).toBeVisible();
    await expect(replace.getByTestId('destructive-subject')).toContainText('张三');
    await page.keyboard.press('Escape');
    await expect(replace).toBeHidden();
    await wizard.expectStep('situations');
    await hardwareScan(page, `${code.slice(0, 20)}0${code.slice(21)}`);
    await expect(page.getByText('预填码不能使用：预填码校验不通过')).toBeVisible();
  });

  test('in a walk-in just opened, the code fills it, whatever has the focus', async ({ page }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await wizard.start();
    // The camera button has the focus: the code's spaces must not press it.
    const code = encodePreApplication(PRE);
    expect(code).toContain(' ');
    await page.getByTestId('open-qr-camera').focus();
    await hardwareScan(page, code);
    await expectFilledFromPreApplication(page, wizard);
    await expect(page.getByTestId('camera')).toHaveCount(0);
  });
});

test.describe('pre-application by the document camera', () => {
  test('a QR code under the camera fills the wizard, offline, and the camera window closes', async ({
    page,
  }) => {
    const app = new CounterApp(page);
    const wizard = new IntakeWizard(page);
    await app.openAndLogin('KFQ0101');
    await wizard.start();
    // The decoder's wasm is the app's own: nothing may come from a CDN (a village room is offline).
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
    });
    await page.getByTestId('open-qr-camera').click();
    await expect(page.getByTestId('camera')).toBeVisible();
    await expect(page.getByTestId('applicant-name')).toHaveValue('张三', { timeout: 20_000 });
    await expect(page.getByTestId('camera')).toBeHidden();
    await expectFilledFromPreApplication(page, wizard);
    expect(outside).toEqual([]);
  });
});
