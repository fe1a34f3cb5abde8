// Age view (?view=age): Chart 9/10 shares, the 5.9% (78 of 1,326), Arizona's blank, exports, a11y.
import { test, expect, screenshotTests } from './fixtures.js';
import { CompositionPage } from './composition-page.js';

test('men: Chart 9 shares, 5.9% of under-18s (78 of 1,326), Alaska and Texas counts, Arizona not reported', async ({ page }) => {
  const a = new CompositionPage(page, 'age');
  await a.open();
  await expect(a.cell('overall-18_49-cust')).toHaveText('79.6%');
  await expect(a.cell('overall-18_49-rh')).toHaveText('89.1%');
  await expect(a.cell('overall-50_plus-rh')).toHaveText('10.7%');
  await expect(a.cell('rate-under_18').getByTestId('rate-computed')).toContainText('5.9% (78 of 1,326)');
  await expect(a.cell('rate-under_18')).toContainText('6.2% (78 of 1,251)');
  // Under 18 (default group): tiny counts shown as counts, percents of small bases marked.
  await expect(a.cell('rate-AK')).toContainText('22.4%');
  await expect(a.cell('rate-AK')).toContainText('15 of 67');
  await expect(a.cell('rate-AK')).toContainText('†');
  await expect(a.cell('rate-TX')).toContainText('3 of 44');
  await expect(a.row('AZ')).toContainText('not reported');
  await expect(a.cell('printed-rh-AZ')).toContainText('0%');
  await expect(a.cell('printed-rh-AZ').getByTestId('erratum-flag')).toBeVisible();
  await expect(a.row('CA')).toContainText('not provided');
  // 50 and older: Texas 21.0% of custody, 15.2% of restricted housing.
  await page.getByTestId('group-50_plus').click();
  await expect(a.cell('cust-TX')).toHaveText('21.0%');
  await expect(a.cell('rh-TX')).toHaveText('15.2%');
  await a.expectDownloadsMatchTables();
});

test('women: Chart 10 shares and 1.9% of women 18–49 (1,345 of 70,710)', async ({ page }) => {
  const a = new CompositionPage(page, 'age');
  await a.open('&sex=women');
  await expect(page.getByTestId('sex-women')).toHaveAttribute('aria-pressed', 'true');
  await expect(a.cell('overall-18_49-rh')).toHaveText('92.2%');
  await expect(a.cell('overall-50_plus-cust')).toHaveText('15.4%');
  await expect(a.cell('rate-18_49').getByTestId('rate-computed')).toContainText('1.9% (1,345 of 70,710)');
  await expect(a.cell('rate-under_18').getByTestId('rate-computed')).toContainText('0 of 144');
  await a.expectDownloadsMatchTables();
});

screenshotTests('age', (page) => new CompositionPage(page, 'age').open());
