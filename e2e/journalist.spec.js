// Tools for journalists: provenance on figures and exact citations.
import { test, expect } from './fixtures.js';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('provenance opens for a table cell with its table, page and endnote', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('prov-count-CA').click();
  const panel = page.getByTestId('provenance');
  await expect(panel.getByTestId('prov-source')).toHaveText('ASCA–Liman report, Table 2, p. 22');
  await expect(panel.getByTestId('prov-kind')).toHaveText('Printed in the report');
  await expect(panel).toContainText('corrected this number from 1,079 to 1,104');
});

test('provenance for the headline at 16 hours names Tables 2 and 3 and says computed', async ({ page }) => {
  await page.goto('./?hours=16');
  await page.getByTestId('headline-source').click();
  const panel = page.getByTestId('provenance');
  await expect(panel.getByTestId('prov-source')).toHaveText('ASCA–Liman report, Table 2, p. 22; Table 3, p. 25');
  await expect(panel).toContainText('at least 83,897');
});

test('a map tile carries its source', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('tile-map').locator('a[data-code=TX] title')).toHaveText('Texas: 3.9% — source: Table 2, p. 22');
});

for (const [query, text] of [
  ['', '67,442 people were held in their cells 22 hours a day or more for 15 days or more in the fall of 2015, across 48 jurisdictions — ASCA–Liman, Aiming to Reduce Time-In-Cell (2016), Table 2, p. 22'],
  ['?hours=16', 'At least 83,897 people were held in their cells 16 hours a day or more for 15 days or more in the fall of 2015, across 48 jurisdictions — ASCA–Liman, Aiming to Reduce Time-In-Cell (2016), Table 2, p. 22; Table 3, p. 25'],
]) {
  test(`copied citation is exact (${query || 'default'})`, async ({ page }) => {
    await page.goto(`./${query}`);
    await page.getByTestId('copy-citation').click();
    await expect(page.getByTestId('copy-citation')).toHaveText('Citation copied');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip.startsWith(`${text}. http://127.0.0.1:`)).toBe(true);
    expect(clip).toMatch(/\(data [0-9a-f]{12}\)$/);
    expect(clip).toContain(query || '/explorer/');
  });
}
