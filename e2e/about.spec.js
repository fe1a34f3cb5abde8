// The About view: coverage computed from the data, the definitions compared, citation, files, audit.
import { test, expect, screenshotTests } from './fixtures.js';

class AboutPage {
  constructor(page) { this.page = page; }
  async open() { await this.page.goto('./?view=about'); await expect(this.heading).toBeVisible(); }
  get heading() { return this.page.getByRole('heading', { level: 1, name: 'About the data' }); }
  gap(code) { return this.page.locator(`[data-testid=gaps-table] tbody tr[data-code=${code}]`); }
}

test('who is missing: Maine did not respond; Nevada and Arkansas gave no usable count (pp. 16, 88)', async ({ page }) => {
  const a = new AboutPage(page);
  await a.open();
  await expect(a.gap('ME')).toContainText('did not respond');
  await expect(a.gap('NV')).toContainText('facility-specific');
  await expect(a.gap('AR')).toContainText('responded, no usable count');
  await expect(page.locator('[data-testid=gaps-table] tbody tr')).toHaveCount(5);
  await expect(page.getByText('52 responded and 48 gave a usable count')).toBeVisible();
  await a.gap('NV').getByRole('button', { name: 'Endnote 165' }).click();
  await expect(page.getByTestId('note-panel')).toContainText('facility-specific');
});

test('the 2015 total is 67,442 in 48 jurisdictions against 66,000 in 34 in 2014 (pp. 7, 17)', async ({ page }) => {
  const a = new AboutPage(page);
  await a.open();
  await expect(page.getByTestId('y2015-people-counted')).toHaveText('67,442');
  await expect(page.getByTestId('y2015-jurisdictions-with-a-count')).toHaveText('48 (holding 96.4% of U.S. prisoners)');
  await expect(page.getByTestId('definition-table')).toContainText('66,000 (national estimate 80,000–100,000)');
  await expect(page.getByTestId('definition-table')).toContainText('30 days or more');
  await expect(page.getByText('22 hours a day or more, for 15 or more continuous days')).toBeVisible();
});

test('the CSV holds exactly the rows of the table', async ({ page }) => {
  const a = new AboutPage(page);
  await a.open();
  const rows = await page.locator('[data-testid=gaps-table] tbody tr').count();
  await expect(page.getByTestId('download-csv')).toHaveAttribute('data-rows', String(rows));
});

test('citation carries the data fingerprint and the licence is quoted', async ({ page }) => {
  const a = new AboutPage(page);
  await a.open();
  await expect(page.getByTestId('app-citation')).toHaveText(/data version [0-9a-f]{12}, compiled from: Association of State Correctional Administrators/);
  await expect(page.getByTestId('report-citation')).toContainText('Aiming to Reduce Time-In-Cell');
  await expect(page.getByText('This Report may be reproduced free of charge and without the need for additional permission.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('audit-note')).toContainText(/errata list has \d+ entries/);
  // The audit's counts come from the errata's file (no other printed figures on a first visit);
  // the audit page runs the checks themselves.
  await expect(page.getByTestId('audit-note')).toContainText(/The checks find exactly \d+ mismatches/);
  await page.getByTestId('audit-note').getByRole('link', { name: 'The audit page runs them in your browser' }).click();
  await expect(page.locator('main h1').first()).toContainText('Audit');
});

test('every data file link resolves', async ({ page }) => {
  const a = new AboutPage(page);
  await a.open();
  const hrefs = await page.getByTestId('data-files').locator('a').evaluateAll((as) => as.map((x) => x.href));
  expect(hrefs.length).toBeGreaterThan(20);
  expect(hrefs[0]).toMatch(/\/data\/datapackage\.json$/);
  for (const h of hrefs) {
    const res = await page.request.get(h);
    expect(res.status(), h).toBe(200);
  }
});

screenshotTests('about', (page) => new AboutPage(page).open());
