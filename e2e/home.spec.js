import { test, expect, expectNoAxeViolations } from './fixtures.js';

test('first screen shows the report headline figure from the data', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('headline-total')).toHaveText('67,442');
  await expect(page.getByText('across 48 of 53 jurisdictions')).toBeVisible();
});

test('no favicon 404 and a CSP with no external origin', async ({ page }) => {
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.goto('./');
  await expect(page.getByTestId('headline-total')).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/https?:/);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(failed).toEqual([]);
});

test('home page has no axe violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('headline-total')).toBeVisible();
  await expectNoAxeViolations(page);
});
