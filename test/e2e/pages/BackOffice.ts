import { expect, type Locator, type Page } from '@playwright/test';
import type { CounterApp } from './CounterApp';

/** The same browser as another officer: log out, then log in (the events stay in one Dexie). */
export async function switchOfficer(app: CounterApp, officerId: string): Promise<void> {
  await app.page.getByTestId('logout').focus();
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByLabel('工号')).toBeFocused();
  await app.login(officerId);
  await expect(app.page.getByTestId('officer')).toContainText(officerId);
}

/** The back office's queue and review panel, driven by keyboard. */
export class BackOffice {
  constructor(readonly page: Page) {}

  get queue(): Locator {
    return this.page.getByTestId('office-queue');
  }

  row(caseNumber: string): Locator {
    return this.queue.locator(`tr[data-case-number="${caseNumber}"]`);
  }

  /** Focuses the case's row of the queue and opens it with Enter. */
  async open(caseNumber: string): Promise<void> {
    await expect(this.row(caseNumber)).toBeVisible();
    await this.row(caseNumber).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('case-detail-number')).toHaveText(caseNumber);
    await expect(this.page.getByTestId('review-opinion')).toBeFocused();
  }

  /**
   * Types the opinion (focused on opening) and presses the action's key: Ctrl+Enter agrees
   * (同意 / 准予许可), Alt+C / Alt+S / Alt+M pause or resume; 退回 (Alt+Shift+T) and 不予许可
   * (Alt+Shift+J) ask first, naming the case, and Enter confirms.
   */
  async act(opinion: string, action: 'approve' | 'return' | 'deny' | 'C' | 'S' | 'M'): Promise<void> {
    await expect(this.page.getByTestId('review-opinion')).toBeFocused();
    await this.page.keyboard.type(opinion);
    const caseNumber = (await this.page.getByTestId('case-detail-number').textContent()) ?? '';
    switch (action) {
      case 'approve':
        return this.page.keyboard.press('Control+Enter');
      case 'return':
      case 'deny': {
        await this.page.keyboard.press(action === 'return' ? 'Alt+Shift+T' : 'Alt+Shift+J');
        await expect(this.page.getByTestId('destructive-subject')).toContainText(caseNumber);
        await expect(this.page.getByTestId('destructive-ok')).toBeFocused();
        return this.page.keyboard.press('Enter');
      }
      default:
        return this.page.keyboard.press(`Alt+${action}`);
    }
  }
}
