// Length of stay view (?view=length-of-stay): Table 4's figures, coverage, the classification erratum,
// the CSV matching the table, accessibility and screenshots.
import { test, expect, screenshotTests } from './fixtures.js';

class StayPage {
  constructor(page) { this.page = page; }
  async open() { await this.page.goto('./?view=length-of-stay'); await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible(); }
  get table() { return this.page.getByTestId('stay-table'); }
  row(code) { return this.table.locator(`tbody tr[data-code=${code}]`); }
}

test('Table 4: Texas and Alaska rows, the 54,382 total and 81% coverage (pp. 27–28)', async ({ page }) => {
  const v = new StayPage(page);
  await v.open();
  await expect(page.getByTestId('stay-total-TX')).toHaveText('5,832');
  await expect(v.row('TX')).toContainText('1,587');
  await expect(page.getByTestId('stay-total-AK')).toHaveText('355');
  await expect(v.row('AK').getByRole('button', { name: 'Endnote 184' })).toBeVisible();
  await expect(page.getByTestId('stay-grand-total')).toContainText('54,382');
  await expect(page.getByTestId('figure-v_a_stay_share_of_rh_population')).toContainText('81%');
  await expect(page.getByTestId('figure-v_a_stay_share_of_rh_population')).toContainText('computed 80.6%');
  await expect(page.getByTestId('figure-v_a_stay_1y_plus_pct')).toContainText('24%');
});

test('classification split shows the printed 50,036 beside the 50,014 its parts add to (p. 29)', async ({ page }) => {
  const v = new StayPage(page);
  await v.open();
  await expect(page.getByTestId('classification-total')).toContainText('50,036');
  await expect(page.getByTestId('classification-total')).toContainText('50,014');
  await expect(page.getByTestId('classification-table')).toContainText('23,997');
  await expect(page.getByTestId('stay-differing').locator('li')).toHaveCount(12);
});

test('an endnote marker opens its text', async ({ page }) => {
  const v = new StayPage(page);
  await v.open();
  await v.row('NY').getByRole('button', { name: 'Endnote 192' }).click();
  await expect(page.getByTestId('note-panel')).toContainText('Keep Lock');
});

test('the CSV download has exactly the table\'s rows', async ({ page }) => {
  const v = new StayPage(page);
  await v.open();
  const rows = await v.table.locator('tbody tr').count();
  expect(rows).toBe(41);
  await expect(page.getByTestId('download-csv')).toHaveAttribute('data-rows', String(rows));
});

screenshotTests('stay', (page) => new StayPage(page).open());
