import type { Page } from '@playwright/test';

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
