// The Reforms view (Section VII): figures from the report, kind filter in the URL, CSV = rows shown.
import { test, expect, screenshotTests } from './fixtures.js';

class ReformsPage {
  constructor(page) { this.page = page; }
  async open(query = '') { await this.page.goto(`./?view=reforms${query}`); await expect(this.heading).toBeVisible(); }
  get heading() { return this.page.getByRole('heading', { level: 1, name: 'Reforms' }); }
  get listRows() { return this.page.locator('[data-testid=reforms-table] tbody tr'); }
  get matrixRows() { return this.page.locator('[data-testid=reform-matrix] tbody tr'); }
  get download() { return this.page.getByTestId('download-csv'); }
  card(code) { return this.page.locator(`[data-testid=profiled-card][data-code=${code}]`); }
  kind(name) { return this.page.getByRole('group', { name: 'Kind of change shown' }).getByRole('button', { name: new RegExp(`^${name}`) }); }
}

test('shows the report figures: 45 of 53 answered (p. 55), Colorado 217 (p. 62) and Utah 912 (p. 71)', async ({ page }) => {
  const r = new ReformsPage(page);
  await r.open();
  await expect(page.getByText('Of the 53 jurisdictions surveyed, 45 answered these questions (p. 55).')).toBeVisible();
  await expect(page.locator('[data-testid=profiled-card]')).toHaveCount(6);
  await expect(r.card('CO').locator('.fall-2015')).toHaveText('217 (1.2%)');
  await expect(r.card('UT').locator('.fall-2015')).toHaveText('912 (14.0%)');
  await expect(r.card('ND')).toContainText('82 people');
  await expect(r.card('ND')).toContainText('27 people');
  await expect(r.card('SC')).toContainText('1,691 people');
});

test('the CSV holds exactly the rows shown, before and after filtering by kind', async ({ page }) => {
  const r = new ReformsPage(page);
  await r.open();
  const all = await r.listRows.count();
  expect(all).toBeGreaterThan(100);
  await expect(r.download).toHaveAttribute('data-rows', String(all));
  await r.kind('Time limits').click();
  await expect(page).toHaveURL(/\/reforms\/\?kind=time_caps/);
  await expect(r.kind('Time limits')).toHaveAttribute('aria-pressed', 'true');
  const some = await r.listRows.count();
  expect(some).toBeLessThan(all);
  await expect(r.download).toHaveAttribute('data-rows', String(some));
  // The chart's bar for the kind counts the matrix rows left by the filter.
  const bar = page.locator('[data-testid=kind-chart] g[data-kind=time_caps]');
  await expect(bar).toHaveAttribute('data-value', String(await r.matrixRows.count()));
  // Pressing the chosen kind again shows all kinds.
  await r.kind('Time limits').click();
  await expect(r.listRows).toHaveCount(all);
  await expect(page).not.toHaveURL(/kind=/);
});

test('step-down list includes every jurisdiction named in endnote 236 (p. 98)', async ({ page }) => {
  const r = new ReformsPage(page);
  await r.open('&kind=release_step_down');
  for (const code of ['AK', 'AZ', 'CT', 'IL', 'NJ', 'NC', 'OK', 'SC', 'VA', 'WA']) {
    await expect(r.matrixRows.filter({ has: page.locator(`th`) }).and(page.locator(`[data-code=${code}]`))).toHaveCount(1);
  }
});

test('an unknown kind falls back to all kinds with a notice', async ({ page }) => {
  const r = new ReformsPage(page);
  await r.open('&kind=amnesty');
  await expect(page.getByTestId('url-notice')).toContainText('Unknown kind of reform “amnesty”');
  await expect(r.kind('All kinds')).toHaveAttribute('aria-pressed', 'true');
  await expect(r.download).toHaveAttribute('data-rows', String(await r.listRows.count()));
});

test('a profiled card links to the jurisdiction profile', async ({ page }) => {
  const r = new ReformsPage(page);
  await r.open();
  // Cards sit in a collapsed group (issue 15): open it first, as a reader would.
  await page.getByTestId('group-profiled').evaluate((d) => { d.open = true; });
  await r.card('ND').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'North Dakota' })).toBeVisible();
  await expect(page).toHaveURL(/\/profile\/ND\//);
});

test('an endnote marker opens the report note', async ({ page }) => {
  const r = new ReformsPage(page);
  await r.open();
  await page.locator('.caveat').getByRole('button', { name: 'Endnote 228' }).click();
  await expect(page.getByTestId('note-panel')).toContainText('did not reply to this set of questions');
});

screenshotTests('reforms', (page) => new ReformsPage(page).open(), { slow: true });
