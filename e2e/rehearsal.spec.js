// Issue 13: once start-up is over and the page is quiet, the explorer rehearses a definition change
// outside the document (src/pages/explorer/rehearsal.rs), so the code a reader's first change runs
// is compiled before it. The rehearsal must run, must leave the document alone (no second
// headline, no duplicated id, nothing announced), and must not get in a reader's way.
import { test, expect, marked } from './fixtures.js';

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`the first definition change is rehearsed out of the document at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // Every element added to the document, with the time it was added (the parser's too; those
    // come before the rehearsal).
    await page.addInitScript(() => {
      window.__added = [];
      new MutationObserver((rs) => rs.forEach((r) => r.addedNodes.forEach((n) => {
        if (n.nodeType === 1) for (const e of [n, ...n.querySelectorAll('*')]) window.__added.push([performance.now(), e]);
      }))).observe(document, { subtree: true, childList: true });
    });
    await page.goto('./');
    await marked(page, 'tic:rehearsal-start');
    await marked(page, 'tic:rehearsal-done');
    const after = await page.evaluate(() => {
      const start = performance.getEntriesByName('tic:rehearsal-start')[0].startTime;
      return {
        headlines: window.__added.filter(([t, n]) => t >= start && n.matches('[data-testid=headline]')).length,
        ids: document.querySelectorAll('#hours-20').length,
        start,
        done: performance.getEntriesByName('tic:rehearsal-done')[0].startTime,
      };
    });
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
  // Key presses every 100 ms from the moment the document is parsed until 2.5 s after (under the
  // 300 ms of quiet the rehearsal waits for), the time of the last one kept.
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      const until = performance.now() + 2500;
      const press = () => {
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
        window.__lastPress = performance.now();
        if (performance.now() < until) setTimeout(press, 100);
      };
      press();
    });
  });
  await page.goto('./');
  await marked(page, 'tic:rehearsal-done');
  const { start, last } = await page.evaluate(() => ({
    start: performance.getEntriesByName('tic:rehearsal-start')[0].startTime,
    last: window.__lastPress,
  }));
  expect(start, 'the rehearsal ran while the reader was busy').toBeGreaterThanOrEqual(last + 300);
});
