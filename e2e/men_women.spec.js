// Men and women view (?view=men-women): Tables 5–6 side by side, medians, totals and the prose erratum,
// sorting, the CSV matching the table, accessibility and screenshots.
import { test, expect, screenshotTests } from './fixtures.js';

class SexPage {
  constructor(page) { this.page = page; }
  async open() { await this.page.goto('./?view=men-women'); await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible(); }
  get table() { return this.page.getByTestId('sex-table'); }
  firstCode() { return this.table.locator('tbody tr').first().getAttribute('data-code'); }
}

test('Virgin Islands 29.3% of men, Louisiana 11.3% of women, Washington 0.1% (pp. 30, 33)', async ({ page }) => {
  const v = new SexPage(page);
  await v.open();
  await expect(page.getByTestId('men-pct-VI')).toContainText('29.3%');
  await expect(page.getByTestId('women-pct-LA')).toContainText('11.3%');
  await expect(page.getByTestId('women-pct-WA')).toContainText('0.1%');
  await expect(page.getByTestId('women-pct-VI')).toContainText('†');
  await expect(page.getByTestId('ratio-CA')).toHaveText('no women in restricted housing');
});

test('medians 5.3% and 1.6%, totals 59,049 (prose 59,048) and 1,458 (pp. 30–34)', async ({ page }) => {
  const v = new SexPage(page);
  await v.open();
  await expect(page.getByTestId('figure-vi_a_male_median_pct')).toContainText('5.3%');
  await expect(page.getByTestId('figure-vi_a_female_median_pct')).toContainText('1.6%');
  await expect(page.getByTestId('men-total')).toContainText('59,049');
  await expect(page.getByTestId('figure-vi_a_male_rh_total')).toContainText('59,048');
  await expect(page.getByTestId('figure-vi_a_male_rh_total')).toContainText('59,049');
  await expect(page.getByTestId('women-total')).toContainText('1,458');
});

test('sorting by women\'s percent puts Louisiana first and the rows without women last', async ({ page }) => {
  const v = new SexPage(page);
  await v.open();
  await page.getByTestId('sort-women').click();
  expect(await v.firstCode()).toBe('LA');
  await expect(page.getByRole('columnheader', { name: /Percent/ }).nth(1)).toHaveAttribute('aria-sort', 'descending');
  const last = await v.table.locator('tbody tr').last().getAttribute('data-code');
  expect(['CA', 'DC', 'MT']).toContain(last);
  await expect(page.getByTestId('sex-chart').locator('g.bar').first()).toHaveAttribute('data-code', 'LA');
});

test('the CSV download has exactly the table\'s rows', async ({ page }) => {
  const v = new SexPage(page);
  await v.open();
  const rows = await v.table.locator('tbody tr').count();
  expect(rows).toBe(43);
  await expect(page.getByTestId('download-csv')).toHaveAttribute('data-rows', String(rows));
});

screenshotTests('sex', (page) => new SexPage(page).open());
