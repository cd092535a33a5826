import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { maskId } from '../../shared/ids';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';
import { framePdf, printDialogs, stubPrintDialogs, tabTo } from './support/print-frame';

// Printing in the browser mode, as the officer does it: keyboard only, from the walk-in's last
// screen and from the case detail. The browser bridge loads the PDF into a hidden frame and opens
// the browser's print dialog for it; what the user would notice is checked: the frame holds a real
// PDF with this case on it (read back with pdftotext), and the case's timeline records each print.
//
// The one stub: print() of the print frame (support/print-frame.ts says why).

const APPLICANT = { idNumber: '420303198805122348', name: '王五', phone: '13807192345' };

function pdfText(pdf: Buffer, path: string): string {
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('the receipt prints from the walk-in and again from the case detail, each print recorded', async ({
  page,
}, testInfo) => {
  await stubPrintDialogs(page);
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await wizard.start();
  await wizard.fillApplicant(APPLICANT);
  await page.keyboard.press('Enter');
  await wizard.chooseItem('KFQ-SJ-005', '第二类医疗器械经营备案');
  await wizard.allMaterialsReceived();
  await wizard.expectDecision('accept');
  const caseNumber = await wizard.confirm();

  // The walk-in's last screen: Tab to the receipt's print button, Enter.
  await tabTo(page, 'print-receipt');
  await page.keyboard.press('Enter');
  await expect(page.getByText('已发送打印：受理通知书')).toBeVisible();
  // The print frame took the focus for its dialog; the keyboard is back on the counter.
  await expect(page.getByTestId('print-receipt')).toBeFocused();
  const first = await framePdf(page, 0);
  expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(first, testInfo.outputPath('receipt.pdf'));
  expect(text).toContain(caseNumber);
  expect(text).toContain(maskId(APPLICANT.idNumber));
  expect(text).not.toContain(APPLICANT.idNumber);
  await expect.poll(() => printDialogs(page)).toBe(1);
  await page.screenshot({ path: 'test/output/e2e/printing-done.png', fullPage: true });

  // The case detail: the print is in the timeline; a reprint is recorded as such.
  await page.keyboard.press('Alt+D');
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
  const prints = page.getByTestId('case-timeline').locator('[data-event-type="documentPrinted"]');
  await expect(prints).toHaveCount(1);
  await expect(prints.nth(0)).toContainText('× 1');
  await expect(prints.nth(0)).not.toContainText('补打');
  await expect(prints.nth(0)).toContainText('KFQ0101');

  await tabTo(page, 'print-receipt');
  await page.keyboard.press('Enter');
  await expect(prints).toHaveCount(2);
  await expect(prints.nth(1)).toContainText('（补打）');
  await expect.poll(() => printDialogs(page)).toBe(2);
  const second = await framePdf(page, 1);
  // The same paper again: the same number and text (its dates come from the document itself).
  expect(pdfText(second, testInfo.outputPath('receipt-copy-2.pdf'))).toBe(text);
  await page.screenshot({ path: 'test/output/e2e/printing-case-detail.png', fullPage: true });

  // Recorded in Dexie, so still there after a reload.
  await page.reload();
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
  await expect(prints).toHaveCount(2);
});
