// Claim check, definition lab and audit.
import { test, expect, expectNoAxeViolations, fullScreenshot } from './fixtures.js';

async function axe(page) {
  await expectNoAxeViolations(page);
}

// Claim check verdicts: e2e/claims.spec.js.

test('the lab steps forward and back by keyboard and by URL', async ({ page }) => {
  await page.goto('./?view=lab');
  const lab = page.getByTestId('lab');
  await expect(page.getByTestId('lab-step')).toHaveText('Step 1 of 8');
  await lab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('lab-step')).toHaveText('Step 2 of 8');
  await expect(page.getByTestId('lab-after')).toHaveText('at least 79,269');
  await expect(page.getByTestId('lab-change')).toHaveText('+11,827');
  await expect(page).toHaveURL(/step=1/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('lab-after')).toHaveText('at least 83,897');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('lab-step')).toHaveText('Step 2 of 8');
  await page.goto('./?view=lab&step=4&large=1');
  await expect(page.getByTestId('lab-after')).toHaveText('13,041');
  await expect(page.locator('.shell.large-type')).toBeVisible();
  await axe(page);
});

test('the audit lists the report\'s inconsistencies with pages', async ({ page }) => {
  await page.goto('./?view=audit');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Audit');
  await expect(page.locator('tr[data-id=t05_prose_male_rh_total]')).toContainText('59048');
  await expect(page.locator('tr[data-id=t08_vi_rh_black_pct]')).toContainText('38');
  const rows = await page.locator('table.errata tbody tr').count();
  expect(Number(await page.getByTestId('download-csv').getAttribute('data-rows'))).toBe(rows);
  await axe(page);
});

for (const width of [360, 1280]) {
  for (const [name, url] of [['claim-check', './?view=claim-check&claim=Texas+held+5%2C832+people+in+solitary'], ['lab', './?view=lab&step=2'], ['audit', './?view=audit']]) {
    test(`${name} screenshot at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await expect(page.locator('#content h1')).toBeVisible();
      await fullScreenshot(page, `e2e/screenshots/${name}-${width}.png`);
    });
  }
}
