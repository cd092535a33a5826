import type { Page } from '@playwright/test';

/**
 * A scanner as the hardware does it: key events stamped 5 ms apart by the device (CDP's event
 * timestamp), however long the page takes to render each key. Typing into the wizard's ID field
 * re-renders it for 40–100 ms a key in the dev build, and a busy test machine delays any key, so
 * `keyboard.type(code, { delay: 5 })` would measure the page and the machine, not the scanner.
 */
export async function hardwareScan(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let at = Date.now() / 1000;
  for (const ch of code) {
    at += 0.005;
    // A space as a keyboard sends it (its key code is what presses a focused button).
    const key = ch === ' ' ? { key: ch, code: 'Space', windowsVirtualKeyCode: 32 } : { key: ch };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: ch, timestamp: at });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key, timestamp: at + 0.001 });
  }
  at += 0.005;
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...enter, text: '\r', timestamp: at });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter, timestamp: at + 0.001 });
  await cdp.detach();
}
