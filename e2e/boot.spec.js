// Issue 13: until the app is interactive the controls say so, and a tap is not lost.
import { test, expect } from '@playwright/test';

// The parts of the report's text (survey::data::parts: a file each), which the report pages render with.
const PART = /\/data\/(figures(?:-[a-z]+)?|endnotes|errata|reforms|smi|later)-[0-9a-f]{16}\.bin$/;

test('a tap before the app is interactive takes effect once it is', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // Hold the WASM back so the tap surely lands before start-up.
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId('headline-total')).toHaveText('67,442');
  await expect(page.locator('html')).toHaveAttribute('data-booting', '');
  await expect(page.locator('.definition-panel h2')).toBeVisible();
  await page.locator('label[for=hours-16]').click();
  // Held, not applied to the server-rendered page on its own.
  await expect(page.locator('#hours-22')).toBeChecked();
  release();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(page.locator('html')).not.toHaveAttribute('data-booting', '');
  await expect(page.getByTestId('headline-total')).toHaveText('83,897');
  await expect(page.locator('#hours-16')).toBeChecked();
  await expect(page).toHaveURL(/hours=16/);
  expect(problems).toEqual([]);
});

test('on a report page a tap is held until the page is rendered with its text', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // A bundle other than the explorer's mounts only once its page's parts of the report's text have arrived (src/lib.rs, start): hold them.
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(PART, async (route) => { await gate; await route.continue(); });
  await page.goto('./race/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId('sex-men')).toHaveAttribute('aria-pressed', 'true');
  // The WASM has started by now, but the page is not the app's yet: the tap is held.
  await page.waitForTimeout(1500);
  await expect(page.locator('html')).toHaveAttribute('data-booting', '');
  await page.getByTestId('sex-women').click();
  await expect(page.getByTestId('sex-women')).toHaveAttribute('aria-pressed', 'false');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(page.getByTestId('sex-women')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/sex=women/);
  expect(problems).toEqual([]);
});

test.describe('when the report\'s text cannot be fetched', () => {
  // A service worker's requests pass by page.route: the failure must reach the page each time.
  test.use({ serviceWorkers: 'block' });

test('when the report\'s text cannot be fetched a report page stays as built, says so, and a retry brings it to life', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  let fail = true;
  await page.route(PART, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('./length-of-stay/');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(page.locator('html')).not.toHaveAttribute('data-booting', '');
  await expect(page.getByTestId('text-error')).toContainText(/could not be loaded: figures-stay-[0-9a-f]{16}\.bin: network error/);
  // The page as built, not a loading line.
  await expect(page.locator('main h1').first()).toContainText('How long people had been in restricted housing');
  await expect(page.locator('main')).toContainText('54,382');
  await expect(page.getByText("Loading the report's text")).toHaveCount(0);
  await expect(page.getByTestId('site-nav')).toBeAttached();
  // A retry that fails again says so again; one that succeeds renders the page whole.
  await page.getByTestId('text-retry').click();
  // The retry has run (its failure came back) before the next fetch is let through: the error
  // stays on screen while the button says "Trying again…", so its text alone does not tell.
  await expect(page.getByTestId('text-retry')).toBeEnabled();
  await expect(page.getByTestId('text-error')).toContainText(/figures-stay-[0-9a-f]{16}\.bin/);
  fail = false;
  await page.getByTestId('text-retry').click();
  await expect(page.getByTestId('text-error')).toHaveCount(0);
  await expect(page.locator('main h1').first()).toContainText('How long people had been in restricted housing');
  await expect(page.locator('main')).toContainText('54,382');
  expect(problems).toEqual([]);
});

test('a report page with settings in its address says clearly when its text cannot be fetched', async ({ page }) => {
  await page.route(PART, (route) => route.abort());
  await page.goto('./reforms/?kind=time_caps');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(page.getByTestId('text-error')).toContainText(/(figures-reforms|endnotes|reforms)-[0-9a-f]{16}\.bin/);
  await expect(page.getByTestId('text-missing')).toBeVisible();
  await expect(page.getByTestId('text-retry')).toBeEnabled();
});
});

// The tables every page starts from (survey::data::codec): without them the app cannot start, so
// the published page stays, says why its controls do not respond, and stops holding taps.
for (const [name, url, heading] of [['the explorer', './', 'headline-total'], ['a report page', './reforms/', 'site-nav']]) {
  for (const [how, fail] of [['cannot be fetched', (route) => route.abort()], ['are corrupt', (route) => route.fulfill({ status: 200, body: 'TIC\x01garbage' })], ['are missing (HTTP 404)', (route) => route.fulfill({ status: 404, body: '' })]]) {
    test(`when the tables ${how}, ${name} keeps its published page and says so`, async ({ page }) => {
      const problems = [];
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      await page.route(/\/data\/tables-[0-9a-f]{16}\.bin$/, fail);
      await page.goto(url);
      const notice = page.getByTestId('data-unavailable');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveAttribute('role', 'alert');
      await expect(notice).toContainText(/The survey's data could not be loaded \(tables-[0-9a-f]{16}\.bin: .+\), so this page's controls do not respond/);
      await expect(notice.getByRole('link', { name: /Reload the page/ })).toHaveAttribute('href', new RegExp(url.slice(1) + '$'));
      await expect(page.locator('html')).toHaveAttribute('data-failed', '');
      await expect(page.locator('html')).not.toHaveAttribute('data-booting', '');
      await expect(page.getByTestId(heading).first()).toBeVisible();
      await expect(page.locator('[data-testid=crash]')).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }
}
