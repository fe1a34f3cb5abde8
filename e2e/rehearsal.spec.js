// Issue 13: once start-up is over and the page is quiet, the explorer rehearses a definition change
// outside the document (src/pages/explorer/rehearsal.rs), so the code a reader's first change runs
// is compiled before it. The rehearsal must run, must leave the document alone (no second
// headline, no duplicated id, nothing announced), and must not get in a reader's way.
import { test, expect } from './fixtures.js';

/** Waits for a mark on the performance timeline. */
const marked = (page, name) => page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 15_000 });

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`the first definition change is rehearsed out of the document at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    // Every element added to the document from now on (the rehearsal waits for 300 ms of quiet
    // after start-up, so it has not begun yet).
    const early = await page.evaluate(() => {
      window.__added = [];
      new MutationObserver((rs) => rs.forEach((r) => r.addedNodes.forEach((n) => {
        if (n.nodeType === 1) window.__added.push(n, ...n.querySelectorAll('*'));
      }))).observe(document, { subtree: true, childList: true });
      return performance.getEntriesByName('tic:rehearsal-start').length;
    });
    expect(early, 'the rehearsal began before the page was quiet').toBe(0);
    await marked(page, 'tic:rehearsal-start');
    await marked(page, 'tic:rehearsal-done');
    const after = await page.evaluate(() => ({
      headlines: window.__added.filter((n) => n.matches?.('[data-testid=headline]')).length,
      ids: document.querySelectorAll('#hours-20').length,
      start: performance.getEntriesByName('tic:rehearsal-start')[0].startTime,
      done: performance.getEntriesByName('tic:rehearsal-done')[0].startTime,
    }));
    // Hydration adopts the server's nodes, so no headline is ever added to the document.
    expect(after.headlines, 'a headline was added to the document').toBe(0);
    expect(after.ids).toBe(1);
    expect(after.done).toBeGreaterThan(after.start);
    // The page answers as before.
    await page.locator('#hours-16').check();
    await expect(page.getByTestId('headline-total')).toHaveText(/\d/);
    await expect(page).toHaveURL(/hours=16/);
  });
}

test('a reader who acts first puts the rehearsal off until the page is quiet', async ({ page }) => {
  await page.goto('./');
  // Pressing keys every 150 ms (under the 300 ms of quiet the rehearsal waits for).
  const until = Date.now() + 2500;
  while (Date.now() < until) {
    await page.keyboard.press('Shift');
    await page.waitForTimeout(150);
  }
  const started = await page.evaluate(() => performance.getEntriesByName('tic:rehearsal-start').length);
  expect(started, 'the rehearsal ran while the reader was busy').toBe(0);
  await marked(page, 'tic:rehearsal-done');
});
