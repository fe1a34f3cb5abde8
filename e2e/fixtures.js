// Shared fixture: every test fails on a console error, an uncaught exception, or any request that
// leaves the local origin.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request to another origin: ${u}`);
    });
    // The default view is server-rendered: it is visible before the WASM app has hydrated it.
    // Tests act as a reader does once the page is live, so navigation waits for <html data-ready>.
    const goto = page.goto.bind(page);
    page.goto = async (...args) => {
      const res = await goto(...args);
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 20_000 });
      return res;
    };
    await use(page);
    expect(problems, 'console errors, uncaught errors or foreign requests').toEqual([]);
  },
});
export { expect };

/** Waits for a mark on the page's performance timeline (the app's `tic:*` marks). */
export const marked = (page, name) => page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 15_000 });

/** Fails with a readable list when axe finds any accessibility violation on the page. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** Scrolls the page down a screen at a time to its end, then back to the top, as a reader reads
 * it: a started page draws a chart again at its measured width as it comes within a screen of view
 * (src/components/measure.rs); until then the chart is the server's drawing for a wider page. */
export async function scrollThrough(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const screen = page.viewportSize().height;
  for (let y = 0; y < height; y += screen) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Saves a full-page PNG for a reviewer to look at, of the page as a reader who scrolled through
 * it sees it (`scrollThrough`). Sections styled `content-visibility: auto` are
 * drawn only near the viewport, so they would come out blank: they are switched to visible first
 * (a CSSOM change from script, which the Content Security Policy allows). */
export async function fullScreenshot(page, path) {
  await scrollThrough(page);
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('body *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
  await page.screenshot({ path, fullPage: true });
}

/** Registers the two screenshot tests of a view, at phone and desktop width: `open(page)` opens it,
 * then a full-page PNG is saved as e2e/screenshots/<name>-<width>.png and axe must find nothing. */
export function screenshotTests(name, open, { slow = false } = {}) {
  for (const width of [360, 1280]) {
    test(`${name} at ${width}px: screenshot and no axe violations`, async ({ page }) => {
      if (slow) test.slow(); // axe over ~1,000 table cells takes a while on a shared machine
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await fullScreenshot(page, `e2e/screenshots/${name}-${width}.png`);
      await expectNoAxeViolations(page);
    });
  }
}
