// Issue 13: every view has its own address (a folder under the site root, see src/prerender.rs),
// whose document holds that view — heading, key figure, its own title and link-preview tags —
// with scripts disabled; links between the documents work without JavaScript; with JavaScript
// the app reads and writes the same addresses, and old ?view= links keep working.
import { test, expect } from '@playwright/test';

// [address below the site root, title starts with, h1 holds, a key figure the view leads with]
const VIEWS = [
  ['', 'People held in-cell 22 hours or more a day for 15 days or more', 'Explorer', '67,442'],
  ['length-of-stay/', 'Length of stay', 'How long people had been in restricted housing', '54,382'],
  ['men-women/', 'Men & women', 'Men and women in restricted housing', '5.3%'],
  ['race/', 'Race & ethnicity', 'Race and ethnicity in restricted housing', '75.8%'],
  ['age/', 'Age', 'Age in restricted housing', '89.1%'],
  ['mental-illness/', 'Mental illness', 'Serious mental illness', '23,062'],
  ['pregnancy/', 'Pregnant & transgender', 'Pregnant and transgender prisoners', '12,785'],
  ['facilities/', 'Facilities & cells', 'Facilities and cells', '17,460'],
  ['reforms/', 'Reforms', 'Reforms', '1,691 people'],
  ['audit/', 'Audit', 'Audit', /\d+ disagreements are listed here/],
  ['claim-check/', 'Claim check', 'Claim check', 'Texas held 5,832 people'],
  ['lab/', 'Definition lab', "Start from the survey's definition", '67,442'],
  ['about/', 'About the data', 'About the data', '67,442'],
  ['profile/TX/', 'Texas: profile', 'Texas', '5,832'],
  ['profile/VI/', 'Virgin Islands: profile', 'Virgin Islands', '28.3%'],
];

/** Fails the test on any request that does not answer 2xx/3xx (a wrong <base href> shows here). */
function watchMissing(page) {
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
  return missing;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [address, title, heading, figure] of VIEWS) {
    test(`${address || 'the site root'} holds its own view`, async ({ page }) => {
      const missing = watchMissing(page);
      const res = await page.goto(`./${address}`);
      expect(res.status()).toBe(200);
      expect(await page.title()).toMatch(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · Time-In-Cell Explorer$`));
      await expect(page.locator('main h1').first()).toContainText(heading);
      if (figure instanceof RegExp) await expect(page.locator('main')).toContainText(figure);
      else await expect(page.locator('main')).toContainText(figure);
      // Its own link preview and description, not the explorer's.
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(await page.title());
      const description = await page.locator('meta[name=description]').getAttribute('content');
      expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(description);
      if (address) expect(description).not.toMatch(/^Explore /);
      // The styles load from the root through the document's <base href>.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')).position)).toBe('absolute');
      expect(missing).toEqual([]);
      // It fits a 360 px phone: no chart drawn wider than the screen before a script measures it
      // (a phone lays such a page out wider than its screen and shrinks all of it to fit).
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'scrolls sideways at 360 px').toBeLessThanOrEqual(0);
      const wide = await page.evaluate(() => [...document.querySelectorAll('main svg')].filter((s) => s.getBoundingClientRect().width > 0 && s.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((s) => s.getAttribute('class')));
      expect(wide, 'charts wider than a 360 px screen').toEqual([]);
    });
  }

  test('the menu and profile links open the other documents without JavaScript', async ({ page }) => {
    const missing = watchMissing(page);
    await page.goto('./reforms/');
    await page.locator('[data-testid=site-nav]').getByRole('link', { name: 'Age', exact: true }).click();
    await expect(page).toHaveURL(/\/explorer\/age\/$/);
    await expect(page.locator('main h1').first()).toContainText('Age in restricted housing');
    await page.locator('[data-testid=site-nav]').getByRole('link', { name: 'Explorer', exact: true }).click();
    await expect(page).toHaveURL(/\/explorer\/$/);
    await page.locator('[data-testid=results-table] a', { hasText: 'Texas' }).first().click();
    await expect(page).toHaveURL(/\/explorer\/profile\/TX\/$/);
    await expect(page.locator('main h1').first()).toContainText('Texas');
    expect(missing).toEqual([]);
  });
});

test.describe('with JavaScript', () => {
  const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30_000 });

  test('a view opened at its address starts there, and moves between addresses in place', async ({ page }) => {
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    const missing = watchMissing(page);
    await page.goto('./race/?sex=women');
    await ready(page);
    await expect(page.locator('main h1').first()).toContainText('Race and ethnicity');
    // A page of the same bundle: the address changes without a new document.
    await page.evaluate(() => { window.__same_document = true; });
    await page.locator('[data-testid=site-nav]').getByRole('link', { name: 'Age', exact: true }).click();
    await expect(page).toHaveURL(/\/explorer\/age\/\?sex=women$/);
    await expect(page.locator('main h1').first()).toContainText('Age in restricted housing');
    expect(await page.evaluate(() => window.__same_document)).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(/\/explorer\/race\/\?sex=women$/);
    await expect(page.locator('main h1').first()).toContainText('Race and ethnicity');
    // A page of another bundle (the explorer): its own document.
    await page.locator('[data-testid=site-nav]').getByRole('link', { name: 'Explorer', exact: true }).click();
    await expect(page).toHaveURL(/\/explorer\/$/);
    await ready(page);
    await expect(page.getByTestId('headline-total')).toHaveText('67,442');
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a profile keeps its address when the definition changes', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await page.locator('[data-testid=results-table] a', { hasText: 'Texas' }).first().click();
    await expect(page).toHaveURL(/\/explorer\/profile\/TX\/$/);
    await page.reload();
    await ready(page);
    await expect(page.locator('main h1').first()).toContainText('Texas');
    await expect(page).toHaveTitle(/^Texas: profile/);
  });

  test('old links with ?view= still open their view', async ({ page }) => {
    await page.goto('./?view=reforms&kind=time_caps');
    await ready(page);
    await expect(page.locator('main h1').first()).toContainText('Reforms');
    await page.goto('./?view=profile&j=TX');
    await ready(page);
    await expect(page.locator('main h1').first()).toContainText('Texas');
    await page.goto('./?view=stay');
    await ready(page);
    await expect(page.locator('main h1').first()).toContainText('How long people had been in restricted housing');
  });
});

test("offline after one visit: a page's own document, and a profile never visited", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const ready = () => page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30_000 });
  await page.goto('./');
  await ready();
  // Installed (precache filled) and in control of this page.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await ready();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto('./reforms/?kind=time_caps');
  await ready();
  await expect(page.locator('main h1').first()).toContainText('Reforms');
  await page.goto('./profile/CA/');
  await ready();
  await expect(page.locator('main h1').first()).toContainText('California');
  await expect(page).toHaveTitle(/^California: profile/);
  await context.close();
  expect(problems).toEqual([]);
});
