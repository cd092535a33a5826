import { expect, test, type Page } from '@playwright/test';
import { CounterApp } from './pages/CounterApp';

// The catalog is behind the officer's login now: log in, then F9 opens it.
async function openCatalog(page: Page): Promise<void> {
  await new CounterApp(page).openAndLogin('KFQ0101');
  await page.keyboard.press('F9');
}

test.describe('the first screen: the hall and its catalog', () => {
  test('shows the hall name and all 32 demo items from the central server', async ({ page }) => {
    await openCatalog(page);
    await expect(page.getByTestId('hall-name')).toHaveText('十堰经济技术开发区政务服务中心');
    await expect(page.getByTestId('catalog-version')).toHaveText('目录版本 2026.1，共 32 项');
    await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(32);
    await expect(page.getByText('食品经营许可（新办）')).toBeVisible();
    await expect(page.getByTestId('server-state')).toContainText('中心服务在线');
    await page.screenshot({ path: 'test/output/e2e/catalog.png', fullPage: true });
  });

  test('an officer finds an item by pinyin initials from the keyboard', async ({ page }) => {
    await openCatalog(page);
    await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(32);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await page.keyboard.type('spjy');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('食品经营许可（新办）');
    await expect(rows.first()).toContainText('即办件');
  });

  test('keeps the catalog from the local database when the central server is unreachable', async ({
    page,
  }) => {
    await openCatalog(page);
    await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(32);
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.reload();
    await expect(page.getByTestId('server-state')).toContainText('离线工作中');
    await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(32);
    await expect(page.getByTestId('hall-name')).toHaveText('十堰经济技术开发区政务服务中心');
  });

  test('switches to English and keeps the choice after a reload', async ({ page }) => {
    await openCatalog(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByText('Item catalog')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Item catalog')).toBeVisible();
    await expect(page.getByTestId('catalog-version')).toHaveText('Catalog version 2026.1, 32 items');
  });
});
