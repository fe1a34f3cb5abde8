// Saves screenshots of the main views at phone and desktop widths (e2e/screenshots/, not committed)
// so a reviewer can look at them. Each view also gets an axe scan.
import { test, expect, expectNoAxeViolations, fullScreenshot } from './fixtures.js';

const views = [
  ['explorer', './'],
  ['explorer-16h', './?hours=16&compare=TX,CA'],
  ['profile-tx', './?view=profile&j=TX'],
];

for (const [name, url] of views) {
  for (const width of [360, 1280]) {
    test(`${name} at ${width}px: screenshot and no axe violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await expect(page.locator('#content')).toBeVisible();
      await page.waitForTimeout(400); // let the headline's count-up finish before the picture
      await fullScreenshot(page, `e2e/screenshots/${name}-${width}.png`);
      await expectNoAxeViolations(page);
    });
  }
}
