import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Documents rendered IN CHROMIUM with the renderer's own modules (harfbuzz wasm and the Noto
// fonts as Vite assets), printed through the browser bridge and recorded as case events. The
// app's first screen does not matter here: the page only serves the renderer's modules.
const root = process.cwd();
const OUTPUT_DIR = join(root, 'test/output/documents');
const receipt = JSON.parse(
  readFileSync(join(root, 'test/fixtures/documents/receipt.json'), 'utf8'),
) as Record<string, unknown>;

async function openPage(page: Page): Promise<void> {
  await page.goto('/');
  // The login screen takes the focus once it has loaded; a preview mounted before that would
  // have it taken away (the modal then hands it to its own close button).
  await expect(page.getByLabel('工号')).toBeFocused();
}

/** pdftotext of a PDF written under test/output/documents, with every space and line break removed. */
function flatText(name: string, bytes: Uint8Array): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

test.describe('documents in the renderer', () => {
  test.beforeEach(async ({ page }) => openPage(page));

  test('a receipt rendered in Chromium with subset fonts reads back in Chinese, with the ID masked', async ({
    page,
  }) => {
    const result = await page.evaluate(async (input) => {
      const docs = await import(/* @vite-ignore */ `${location.origin}/documents/index.ts`);
      const t0 = performance.now();
      const first: Uint8Array = await docs.renderDocumentPdf('receipt', input);
      const t1 = performance.now();
      const second: Uint8Array = await docs.renderDocumentPdf('receipt', input);
      const t2 = performance.now();
      return {
        bytes: Array.from(first),
        secondBytes: second.byteLength,
        firstMs: Math.round(t1 - t0),
        secondMs: Math.round(t2 - t1),
        deflate: typeof CompressionStream === 'function',
      };
    }, receipt);
    const bytes = new Uint8Array(result.bytes);
    console.log(
      `browser receipt: ${bytes.byteLength} bytes; first render ${result.firstMs} ms (fetches fonts, ` +
        `starts harfbuzz), second ${result.secondMs} ms (faces kept); CompressionStream: ${result.deflate}`,
    );
    const text = flatText('browser-receipt.pdf', bytes);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    for (const expected of [
      '受理通知书',
      '开审受字〔2026〕第0123号',
      'W01-20261124-0007',
      '张三',
      '食品经营许可（新办）',
      '王晓燕',
      '420302********1237',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('420302199001011237');
    // Subset, compact fonts (one face: the receipt is set in Noto Sans SC): the issue's 30 KB, in
    // Chromium too (the whole Noto fonts would be megabytes).
    expect(bytes.byteLength).toBeLessThanOrEqual(30 * 1024);
    expect(result.secondBytes).toBe(bytes.byteLength);
  });

  test('bad input is refused with every problem in Chinese, before anything is printed', async ({ page }) => {
    const result = await page.evaluate(async (input) => {
      const docs = await import(/* @vite-ignore */ `${location.origin}/documents/index.ts`);
      const calls: unknown[] = [];
      const bridge = {
        print: { pdf: async () => (calls.push(1), { ok: true, value: { jobId: null, printer: 'x' } }) },
      };
      const bad = {
        ...input,
        caseNumber: undefined,
        applicant: { ...(input.applicant as object), name: '' },
      };
      const printed = await docs.printDocument('receipt', bad, { bridge });
      return { printed, calls: calls.length };
    }, receipt);
    expect(result.calls).toBe(0);
    expect(result.printed.ok).toBe(false);
    if (result.printed.ok) return;
    expect(result.printed.error.code).toBe('invalid-input');
    expect(result.printed.error.message).toContain('无法生成受理通知书（收件回执）');
    expect(result.printed.issues?.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['caseNumber', 'applicant.name']),
    );
  });

  test('printing a case paper sends it to the printer and records who printed which copy', async ({
    page,
  }) => {
    const result = await page.evaluate(
      async ({ root, input }) => {
        const docs = await import(/* @vite-ignore */ `${location.origin}/documents/index.ts`);
        const { counter } = await import(/* @vite-ignore */ `${location.origin}/platform/index.ts`);
        const { CounterDb } = await import(/* @vite-ignore */ `${location.origin}/db/schema.ts`);
        const repo = await import(/* @vite-ignore */ `${location.origin}/db/case-repository.ts`);
        const { demoCatalog, findItem } = await import(`/@fs${root}/shared/catalog/index.ts`);
        const { itemSnapshot, caseNumber } = await import(`/@fs${root}/shared/domain/index.ts`);
        const db = new CounterDb(`print-test-${crypto.randomUUID()}`);
        const caseId = crypto.randomUUID();
        const officer = { officerId: 'KFQ0101', role: 'window' };
        await repo.recordEvents(db, officer, [
          {
            caseId,
            type: 'registered',
            payload: {
              applicant: {
                kind: 'person',
                name: '张三',
                idType: 'resident-id',
                idNumber: '420302199001011237',
                phone: '13800000000',
              },
              item: itemSnapshot(demoCatalog, findItem(demoCatalog, 'KFQ-SJ-001')),
              windowCode: 'W01',
              caseNumber: caseNumber('W01', '2026-11-24', 7),
              situations: [],
              credit: 'normal',
            },
          },
        ]);
        // The browser's own bridge prints (hidden frame, print dialog); the spy only notes the requests.
        const requests: Array<{ kind?: string; copies?: number; title?: string; size: number }> = [];
        const bridge = {
          print: {
            pdf: (request: { pdf: Uint8Array; kind?: string; copies?: number; title?: string }) => {
              requests.push({
                ...(request.kind ? { kind: request.kind } : {}),
                ...(request.copies ? { copies: request.copies } : {}),
                ...(request.title ? { title: request.title } : {}),
                size: request.pdf.byteLength,
              });
              return counter.print.pdf(request);
            },
            printers: () => counter.print.printers(),
          },
        };
        const first = await docs.printDocument('receipt', input, {
          db,
          actor: officer,
          caseId,
          copies: 2,
          bridge,
        });
        const again = await docs.printDocument('receipt', input, {
          db,
          actor: { officerId: 'KFQ0102', role: 'window' },
          caseId,
          bridge,
        });
        const supervisor = await docs.printDocument('receipt', input, {
          db,
          actor: { officerId: 'KFQ0001', role: 'supervisor' },
          caseId,
          bridge,
        });
        const events = (await repo.caseEvents(db, caseId)).filter(
          (e: { type: string }) => e.type === 'documentPrinted',
        );
        const row = await db.cases.get(caseId);
        const outbox = await db.$outbox.count();
        db.close();
        return {
          first: first.ok ? { printer: first.value.printer, copies: first.value.copies } : first.error,
          again: again.ok,
          supervisor: supervisor.ok ? undefined : supervisor.error,
          requests,
          events: events.map((e: { actor: string; payload: unknown }) => ({
            actor: e.actor,
            payload: e.payload,
          })),
          status: row?.state.status,
          prints: row?.state.prints.length,
          outbox,
        };
      },
      { root, input: receipt },
    );
    expect(result.first).toEqual({ printer: '浏览器打印对话框', copies: 2 });
    expect(result.again).toBe(true);
    expect(result.requests).toEqual([
      {
        kind: 'receipt',
        copies: 2,
        title: '受理通知书（收件回执） 开审受字〔2026〕第0123号',
        size: expect.any(Number),
      },
      {
        kind: 'receipt',
        copies: 1,
        title: '受理通知书（收件回执） 开审受字〔2026〕第0123号',
        size: expect.any(Number),
      },
    ]);
    expect(result.events).toEqual([
      {
        actor: 'KFQ0101',
        payload: { kind: 'receipt', documentNumber: '开审受字〔2026〕第0123号', copies: 2, reprint: false },
      },
      {
        actor: 'KFQ0102',
        payload: { kind: 'receipt', documentNumber: '开审受字〔2026〕第0123号', copies: 1, reprint: true },
      },
    ]);
    // Printing does not move the case; both prints go to the server with the rest of the log.
    expect(result.status).toBe('registered');
    expect(result.prints).toBe(2);
    expect(result.outbox).toBe(3);
    // Supervision may not print a case's paper: refused before the printer runs.
    expect(result.supervisor).toEqual({ code: 'invalid-request', message: '「电子监察」无权打印办件文书' });
  });

  test('the preview shows the paper and is driven by the keyboard: Enter prints, Esc closes', async ({
    page,
  }) => {
    const mount = (kind: string, input: unknown) =>
      page.evaluate(
        async ({ root, kind, input }) => {
          const { mountPreview } = await import(`/@fs${root}/test/e2e/support/mount-preview.tsx`);
          (window as unknown as { preview: unknown }).preview = mountPreview(kind, input);
        },
        { root, kind, input },
      );
    const log = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              preview: { requests: Array<{ kind?: string; copies?: number }>; closed: number };
            }
          ).preview,
      );

    await mount('receipt', receipt);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('预览：受理通知书（收件回执）');
    await expect(dialog.getByTestId('document-preview-frame')).toBeVisible();
    await expect(dialog).toContainText('共 1 页');
    await expect(page.getByTestId('document-preview-print')).toBeFocused();
    const copies = page.getByLabel('打印份数');
    await copies.fill('3');
    await copies.press('Enter');
    await expect(dialog).toBeHidden();
    expect(await log()).toMatchObject({ requests: [{ kind: 'receipt', copies: 3 }], closed: 1 });

    await mount('receipt', receipt);
    await expect(page.getByTestId('document-preview-print')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await log()).toMatchObject({ requests: [], closed: 1 });

    await mount('receipt', { ...receipt, promisedDate: '2026-13-40' });
    await expect(page.getByRole('dialog')).toContainText('promisedDate');
    await expect(page.getByTestId('document-preview-print')).toBeDisabled();
    // Nothing to print: Enter closes, like Esc.
    await expect(page.getByTestId('document-preview-close')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await log()).toMatchObject({ requests: [], closed: 1 });
  });
});
