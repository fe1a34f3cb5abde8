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
    const rows = panel.getByTestId('later-figure');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    // Every figure names its kind, coverage and definition and links its source; nothing is drawn.
    for (let i = 0; i < await rows.count(); i++) {
      // Kind in the card's first line; coverage always; definition unless it is the line above's.
      await expect(rows.nth(i).locator('.later-when')).toContainText(/reported count|national estimate/);
      const facts = rows.nth(i).locator('dd');
      expect(await facts.count()).toBeGreaterThanOrEqual(2);
      await expect(facts.first()).not.toHaveText('');
      expect(await rows.nth(i).locator('a[href^="http"]').count()).toBe(1);
      // Readable where it is: the whole card fits the width, no sideways scrolling.
      const box = await rows.nth(i).boundingBox();
      expect(box.x + box.width).toBeLessThanOrEqual(w);
    }
    expect(await panel.locator('svg, canvas').count()).toBe(0);
    await expect(panel.locator('.this-survey')).toContainText('67,442');
    await panel.screenshot({ path: `e2e/screenshots/later-surveys-${w}.png` });
  });
}
