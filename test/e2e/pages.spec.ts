import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CounterApp } from './pages/CounterApp';
import { IntakeWizard } from './pages/IntakeWizard';
import { enrollObserver, serverEvents } from './support/counter';
import { pngPage } from './support/scan-files';

// The pages of a material arranged with the keyboard — reordered, turned, taken off — first in the
// walk-in's draft, then on the registered case, where each change is a pagesArranged event: what
// the officer sees after a reload, the dossier PDF, and the central server all follow it.

const OUTPUT = join(process.cwd(), 'test/output/e2e');

/** Presses `key` (Tab or Shift+Tab) until `target` has the focus, as an officer would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab', most = 12): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The pages of a strip in order, as the officer sees them: which blob, turned how far. */
async function shown(thumbs: Locator): Promise<Array<[string, string]>> {
  return thumbs.evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-sha256') ?? '', el.getAttribute('data-rotation') ?? '']),
  );
}

interface Logged {
  received: string[][];
  arranged: Array<Array<{ blob: string; rotation: number }>>;
  stored: string[];
  rejected: number;
}

async function caseLog(page: Page, caseNumber: string): Promise<Logged> {
  return page.evaluate(async (number): Promise<Logged> => {
    const { db } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
    const row = await db.cases.where('caseNumber').equals(number).first();
    const events = (await db.events.where('caseId').equals(row.caseId).sortBy('deviceSeq')) as Array<{
      type: string;
      payload: { blobs?: string[]; pages?: Array<{ blob: string; rotation: number }> };
    }>;
    return {
      received: events.filter((e) => e.type === 'materialReceived').map((e) => e.payload.blobs ?? []),
      arranged: events.filter((e) => e.type === 'pagesArranged').map((e) => e.payload.pages ?? []),
      stored: (await db.blobs.toCollection().primaryKeys()) as string[],
      rejected: await db.$rejected.count(),
    };
  }, caseNumber);
}

test('pages of a case reordered, turned and removed by keyboard; the reload, the dossier and the server follow', async ({
  page,
  request,
}) => {
  const app = new CounterApp(page);
  const wizard = new IntakeWizard(page);
  await app.openAndLogin('KFQ0101');
  await wizard.start();
  await wizard.fillApplicant({ idNumber: '420302199001011237', name: '张三', phone: '13907191234' });
  await page.keyboard.press('Enter');
  await wizard.chooseItem('gtgsh', '个体工商户设立登记');
  await page.keyboard.press('Enter');
  await wizard.expectStep('materials');

  // The last material takes three pages (told apart by their sizes), so that Tab from it reaches
  // them without passing another material.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(wizard.materials.nth(2)).toHaveAttribute('data-in-focus', 'yes');
  const panel = page.getByTestId('material-pages');
  const materialId = (await panel.getAttribute('data-material-id')) ?? '';
  await page.getByTestId('page-file-input').setInputFiles([
    { name: 'p1.png', mimeType: 'image/png', buffer: pngPage(600, 800, 40) },
    { name: 'p2.png', mimeType: 'image/png', buffer: pngPage(700, 800, 90) },
    { name: 'p3.png', mimeType: 'image/png', buffer: pngPage(800, 600, 140) },
  ]);
  const draftThumbs = panel.getByTestId('page-thumb');
  await expect(draftThumbs).toHaveCount(3);
  const [p1, p2, p3] = (await shown(draftThumbs)).map(([blob]) => blob) as [string, string, string];

  // In the draft: turn the first page and move it one place on.
  await tabTo(page, draftThumbs.first(), 'Tab');
  await page.keyboard.press('r');
  await page.keyboard.press('Alt+ArrowRight');
  await expect
    .poll(() => shown(draftThumbs))
    .toEqual([
      [p2, '0'],
      [p1, '90'],
      [p3, '0'],
    ]);
  await expect(draftThumbs.nth(1)).toBeFocused();
  await wizard.expectStep('materials');
  await wizard.allMaterialsReceived();
  const caseNumber = await wizard.confirm();
  await page.keyboard.press('Escape');
  await expect(app.workbench).toBeVisible();

  // The case holds the pages as the draft had them: received in that order, the turn its own event.
  let log = await caseLog(page, caseNumber);
  expect(log.received).toContainEqual([p2, p1, p3]);
  expect(log.arranged).toEqual([
    [
      { blob: p2, rotation: 0 },
      { blob: p1, rotation: 90 },
      { blob: p3, rotation: 0 },
    ],
  ]);

  await app.searchAndOpen(caseNumber, caseNumber);
  const strip = page.getByTestId(`case-pages-${materialId}`);
  const thumbs = strip.getByTestId('page-thumb');
  await expect
    .poll(() => shown(thumbs))
    .toEqual([
      [p2, '0'],
      [p1, '90'],
      [p3, '0'],
    ]);

  // On the case: back from the actions to the pages, then move p1 to the front, turn it again,
  // and take p3 off — Esc first keeps it, Enter then removes it.
  await tabTo(page, thumbs.first(), 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(thumbs.nth(1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect
    .poll(() => shown(thumbs))
    .toEqual([
      [p1, '90'],
      [p2, '0'],
      [p3, '0'],
    ]);
  await expect(thumbs.first()).toBeFocused();
  await page.keyboard.press('r');
  await expect(thumbs.first()).toHaveAttribute('data-rotation', '180');
  await page.keyboard.press('End');
  await expect(thumbs.nth(2)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(strip.getByTestId('page-remove-confirm')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(strip.getByTestId('page-remove-confirm')).toHaveCount(0);
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber); // Esc did not leave
  await expect(thumbs).toHaveCount(3);
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => shown(thumbs))
    .toEqual([
      [p1, '180'],
      [p2, '0'],
    ]);
  await expect(thumbs.nth(1)).toBeFocused();
  await expect(page.getByTestId('case-dossier')).toHaveAttribute('data-pages', '2');

  // Nothing was overwritten: the receipt still names three pages, every arrangement is in the
  // log, and p3 is still stored.
  log = await caseLog(page, caseNumber);
  expect(log.received).toContainEqual([p2, p1, p3]);
  expect(
    log.arranged.map((pages) =>
      pages.map((p) => `${p.blob === p1 ? 1 : p.blob === p2 ? 2 : 3}@${p.rotation}`),
    ),
  ).toEqual([
    ['2@0', '1@90', '3@0'],
    ['1@90', '2@0', '3@0'],
    ['1@180', '2@0', '3@0'],
    ['1@180', '2@0'],
  ]);
  expect(log.stored).toContain(p3);

  // After a reload the officer sees the same: the order, and p1 drawn upside down.
  await page.reload();
  await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
  await expect
    .poll(() => shown(thumbs))
    .toEqual([
      [p1, '180'],
      [p2, '0'],
    ]);
  await expect(thumbs.first().locator('img')).toHaveCSS('transform', /^matrix\(-1, .*, -1, 0, 0\)$/);
  await expect(thumbs.nth(1).locator('img')).toHaveCSS('transform', 'none');
  await expect(page.getByTestId('case-timeline')).toContainText('整理材料页面');
  await thumbs.first().focus();
  await page.screenshot({ path: join(OUTPUT, 'pages-case.png'), fullPage: true });

  // The dossier: the cover, then p1 turned 180° and p2 as it is (told apart by their images' widths).
  const download = page.waitForEvent('download');
  await page.getByTestId('case-dossier').getByRole('button').click();
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, 'pages-dossier.pdf');
  await (await download).saveAs(file);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9', file], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+3$/m);
  expect([...info.matchAll(/^Page\s+\d+ rot:\s+(\d+)/gm)].map((m) => m[1])).toEqual(['0', '180', '0']);
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .map(([pageNo, , , width]) => `${pageNo}:${width}`);
  expect(images).toEqual(['2:600', '3:700']);
  const cover = execFileSync('pdftotext', ['-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(cover).toContain('共2页材料，连同封面3页');

  // The central server's guard took every arrangement (its projection folds the same events).
  const observer = await enrollObserver(request);
  await expect
    .poll(
      async () =>
        (await serverEvents(request, observer)).filter(
          (e) => (e as { type?: string }).type === 'pagesArranged' && e.blobs.includes(p1),
        ).length,
      { timeout: 20_000, intervals: [500] },
    )
    .toBe(4);
  expect((await caseLog(page, caseNumber)).rejected).toBe(0);
});
