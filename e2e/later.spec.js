// What came after: the explorer's note beside 67,442 leads to the About page's table of later
// editions, each figure with its coverage, definition and source link, and no trend line.
import { test, expect } from './fixtures.js';

for (const [w, h] of [[390, 844], [1280, 900]]) {
  test(`at ${w}px the note under the headline opens the later-surveys table in view`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./');
    const note = page.getByTestId('later-note');
    await expect(note).toContainText('fall 2015');
    await note.getByRole('link').click();
    const panel = page.getByTestId('later-surveys');
    await expect(panel).toBeVisible();
    await expect(panel).toBeInViewport();
    const rows = panel.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    // Every figure names its coverage and definition and links its source; nothing is drawn.
    for (let i = 0; i < await rows.count(); i++) {
      const cells = rows.nth(i).locator('td');
      await expect(cells.nth(3)).not.toHaveText('');
      await expect(cells.nth(4)).not.toHaveText('');
      expect(await rows.nth(i).locator('a[href^="http"]').count()).toBe(1);
    }
    expect(await panel.locator('svg, canvas').count()).toBe(0);
    await expect(panel.locator('tr.this-survey')).toContainText('67,442');
    await panel.screenshot({ path: `e2e/screenshots/later-surveys-${w}.png` });
  });
}
