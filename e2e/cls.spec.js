// Issue 13: a view's prerendered page stays in place while the app starts — no layout shift from
// replacing it with a loading state and then with the real page. The parts of the report's text the
// report views render with (a file each, data/<part>-<hash>.bin; the explorer needs none) are held
// back for a second, as on a slow phone connection, and the page's layout shifts are summed from
// navigation until well after the app is interactive and the text has arrived.
import { test, expect } from './fixtures.js';

const VIEWS = [
  ['explorer', './', 'headline-total'],
  ['reforms', './reforms/', null],
  ['length of stay', './length-of-stay/', null],
  ['a profile', './profile/TX/', null],
];
const SIZES = [[390, 844], [1280, 900]];
const HOLD_MS = 1000;
// Requests a service worker makes would pass by page.route.
test.use({ serviceWorkers: 'block' });

for (const [name, url] of VIEWS) {
  for (const [width, height] of SIZES) {
    test(`${name} at ${width}×${height}: no layout shift while the app starts (CLS < 0.05)`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) {
            if (e.hadRecentInput) continue;
            const nodes = (e.sources ?? []).map((s) => s.node?.nodeName + (s.node?.className ? '.' + String(s.node.className).split(' ')[0] : '')).join(' ');
            window.__shifts.push([Math.round(e.startTime), e.value, nodes]);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      let arrived = 0;
      await page.route(/\/data\/(figures(?:-[a-z]+)?|endnotes|errata|reforms|smi|later)-[0-9a-f]{16}\.bin$/, async (route) => {
        await new Promise((r) => setTimeout(r, HOLD_MS));
        await route.continue();
        arrived += 1;
      });
      await page.goto(url);
      if (name === 'explorer') {
        // Its first screen renders with none of the text, and asks for none.
        await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
        await page.waitForTimeout(HOLD_MS);
        expect(arrived).toBe(0);
      } else {
        await expect.poll(() => arrived, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      }
      // Time for whatever the text's arrival re-renders to be laid out and painted.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
      const shifts = await page.evaluate(() => window.__shifts);
      const total = shifts.reduce((s, [, v]) => s + v, 0);
      test.info().annotations.push({ type: 'CLS', description: total.toFixed(4) });
      expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.05);
    });
  }
}
