import { expect, type Locator, type Page } from '@playwright/test';
import { openCounter } from '../support/counter';

/** The demo hall's password for every officer (server/seed.ts). */
export const DEMO_PASSWORD = '123456';

/**
 * The counter as an officer meets it: the login screen, the header and the workbench. Every
 * action after `open` is keyboard only, as officers work.
 */
export class CounterApp {
  constructor(readonly page: Page) {}

  /** Opens the counter as window `windowCode` (the device setting), with the shared support helper. */
  async open(windowCode = 'W01'): Promise<void> {
    await openCounter(this.page, { windowCode });
    await expect(this.page.getByTestId('hall-name')).toHaveText('十堰经济技术开发区政务服务中心');
  }

  /** Logs in by keyboard once the officers' verifiers have reached this device. */
  async login(officerId: string, password = DEMO_PASSWORD): Promise<void> {
    // Not "0": the label shows 0 while the count is still loading.
    await expect(this.page.getByText(/本机保存了 [1-9]\d* 名工作人员/)).toBeVisible();
    await expect(this.page.getByLabel('工号')).toBeFocused();
    await this.page.keyboard.type(officerId);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(password);
    await this.page.keyboard.press('Enter');
  }

  async openAndLogin(officerId: string, windowCode = 'W01'): Promise<void> {
    await this.open(windowCode);
    await this.login(officerId);
    await expect(this.workbench).toBeVisible();
  }

  get workbench(): Locator {
    return this.page.getByTestId('workbench');
  }

  get todayCases(): Locator {
    return this.page.getByTestId('today-cases').locator('tr.ow-case-row');
  }

  /** A case row of the workbench (today's list or search results) by its number. */
  caseRow(caseNumber: string): Locator {
    return this.page.locator(`tr[data-case-number="${caseNumber}"]`);
  }

  /** Finds a case with the workbench search ("/" focuses it) and opens the first hit with Enter. */
  async searchAndOpen(query: string, caseNumber: string): Promise<void> {
    await this.page.keyboard.press('/');
    await expect(this.page.getByTestId('case-search')).toBeFocused();
    await this.page.keyboard.type(query);
    await expect(
      this.page.getByTestId('search-results').locator(`tr[data-case-number="${caseNumber}"]`),
    ).toBeVisible();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('case-detail-number')).toHaveText(caseNumber);
  }
}
