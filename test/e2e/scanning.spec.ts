import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';
import { pdfPages, pngPage, y4mPage } from './support/scan-files';

// Scanning at the window, in Chromium: keyboard-wedge scanners (a barcode gun types a code a few
// ms a key and ends with Enter), pages of the material in focus from files and from the document
// camera (Chromium's fake camera), and what the materialReceived events name.

// Chromium's fake camera plays this one-frame video: the document camera of these tests. The
// flags are for the whole file (Playwright launches one browser per file option); only the
// camera test opens the camera.
const CAMERA_FILE = join(process.cwd(), 'test/output/e2e/fake-camera.y4m');
mkdirSync(join(process.cwd(), 'test/output/e2e'), { recursive: true });
writeFileSync(CAMERA_FILE, y4mPage());
const chromium =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

test.use({
  launchOptions: {
    ...(chromium ? { executablePath: chromium } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${CAMERA_FILE}`,
    ],
  },
});

const ZHANG = { idNumber: '420302199001011237', name: '张三', phone: '13907191234' };

/**
 * A scanner as the hardware does it: key events stamped 5 ms apart by the device (CDP's event
 * timestamp), however long the page takes to render each key. Typing into the wizard's ID field
 * re-renders it for 40–100 ms a key in the dev build, and a busy test machine delays any key, so
 * `keyboard.type(code, { delay: 5 })` would measure the page and the machine, not the scanner.
 */
async function hardwareScan(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let at = Date.now() / 1000;
  for (const ch of code) {
    at += 0.005;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, timestamp: at });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, timestamp: at + 0.001 });
  }
  at += 0.005;
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...enter, text: '\r', timestamp: at });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter, timestamp: at + 0.001 });
  await cdp.detach();
}

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
    const mime = await page.getByTestId('page-thumb').getAttribute('data-mime');
    expect(mime).toBe('image/jpeg');
  });
});
