// Race and ethnicity view (?view=race): the report's figures, the men/women toggle, exports, a11y.
import { test, expect, screenshotTests } from './fixtures.js';
import { CompositionPage } from './composition-page.js';

test('men: Chart 7 overall shares, Table 8 Virgin Islands erratum, New York and Texas rows', async ({ page }) => {
  const r = new CompositionPage(page, 'race');
  await r.open();
  await expect(r.cell('overall-black-rh')).toHaveText('45.3%');
  await expect(r.cell('overall-black-cust')).toHaveText('40.1%');
  await expect(r.cell('overall-white-rh')).toHaveText('31.0%');
  // Black men (default group): New York 50.0% of custody, 55.8% of restricted housing.
  await expect(r.cell('cust-NY')).toHaveText('50.0%');
  await expect(r.cell('rh-NY')).toHaveText('55.8%');
  // Virgin Islands: 72 of 95 = 75.8%, printed 77% and flagged; base under 100 marked.
  await expect(r.cell('rh-VI')).toContainText('75.8%');
  await expect(r.cell('rh-VI')).toContainText('†');
  await expect(r.cell('printed-rh-VI')).toContainText('77%');
  await expect(r.cell('printed-rh-VI').getByTestId('erratum-flag')).toContainText('counts give 75.8%');
  // Hispanic men: Texas 2,866 of 5,726 = 50.1%; Alabama not tracked.
  await page.getByTestId('group-hispanic').click();
  await expect(r.cell('rh-TX')).toHaveText('50.1%');
  await expect(page.locator('[data-testid=jurisdiction-table] tr[data-code=AL]')).toContainText('not tracked');
  await expect(r.claim('black').getByTestId('claim-computed')).toContainText('31 of 43');
  await expect(r.claim('white').getByTestId('claim-computed')).toContainText('36 of 43');
  await r.expectDownloadsMatchTables();
});

test('women: the toggle is in the URL; 34 of 40 printed vs 33 counted', async ({ page }) => {
  const r = new CompositionPage(page, 'race');
  await r.open();
  await page.getByTestId('sex-women').click();
  await expect(page).toHaveURL(/\/race\/\?sex=women/);
  await expect(r.cell('overall-black-rh')).toHaveText('41.4%');
  await expect(r.claim('white')).toContainText('in 34 of 40 jurisdictions');
  await expect(r.claim('white').getByTestId('claim-computed')).toContainText('33 of 40');
  await expect(r.claim('white')).toContainText('erratum');
  await r.expectDownloadsMatchTables();
  await page.reload();
  await expect(page.getByTestId('sex-women')).toHaveAttribute('aria-pressed', 'true');
});

test('an endnote marker opens endnote 206 about Alabama', async ({ page }) => {
  const r = new CompositionPage(page, 'race');
  await r.open();
  await page.locator('.caveats').getByRole('button', { name: 'Endnote 206' }).click();
  await expect(page.getByTestId('note-panel')).toContainText('Alabama');
});

screenshotTests('race', (page) => new CompositionPage(page, 'race').open());
