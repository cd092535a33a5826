import { expect, type Page } from '@playwright/test';

// The browser bridge prints a PDF by loading it in a hidden frame and calling that frame's
// print(). Headless Chromium has no print dialog to show, and its renderer crashes ("Page
// crashed", a few seconds later) when print() runs on the PDF frame. The one stub of the browser
// specs: print() of the print frame counts the calls instead, so a test still sees that the dialog
// would have opened, once per print, and the page lives on.

/** Replaces print() of every blob: frame's window (the bridge's print frame) with a counter. */
function stubFramePrint(): void {
  const frameWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get(this: HTMLIFrameElement) {
      const w = frameWindow?.get?.call(this) as (Window & { print(): void }) | null;
      if (w && this.src.startsWith('blob:')) {
        w.print = () => {
          const counted = window as unknown as { __printDialogs?: number };
          counted.__printDialogs = (counted.__printDialogs ?? 0) + 1;
        };
      }
      return w;
    },
  });
}

/** Installs the stub in every page the test opens from now on (call before the first goto). */
export async function stubPrintDialogs(page: Page): Promise<void> {
  await page.addInitScript(stubFramePrint);
}

/** How many print dialogs the page would have opened. */
export function printDialogs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __printDialogs?: number }).__printDialogs ?? 0);
}

/** Tabs forward until the element with this test id has the focus (at most `limit` presses). */
export async function tabTo(page: Page, testId: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId(testId)).toBeFocused();
}

/** The PDF in the n-th hidden print frame (0-based), fetched by its blob URL inside the page. */
export async function framePdf(page: Page, index: number): Promise<Buffer> {
  const frames = page.locator('iframe[src^="blob:"]');
  await expect(frames).toHaveCount(index + 1);
  const bytes = await frames.nth(index).evaluate(async (frame: HTMLIFrameElement) => {
    const buffer = await (await fetch(frame.src)).arrayBuffer();
    let binary = '';
    for (const b of new Uint8Array(buffer)) binary += String.fromCharCode(b);
    return btoa(binary);
  });
  return Buffer.from(bytes, 'base64');
}
