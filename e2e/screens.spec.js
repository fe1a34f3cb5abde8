// Saves screenshots of the main views at phone and desktop widths (e2e/screenshots/, not committed)
// so a reviewer can look at them. Each view also gets an axe scan.
import { expect, screenshotTests } from './fixtures.js';

const views = [
  ['explorer', './'],
  ['explorer-16h', './?hours=16&compare=TX,CA'],
  ['profile-tx', './?view=profile&j=TX'],
];

for (const [name, url] of views) {
  screenshotTests(name, async (page) => {
    await page.goto(url);
    await expect(page.locator('#content')).toBeVisible();
    await page.waitForTimeout(400); // let the headline's count-up finish before the picture
  });
}
