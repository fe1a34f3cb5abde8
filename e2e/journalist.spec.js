// Tools for journalists: provenance on figures and exact citations.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Reads a CSV with Python's csv module in strict mode: a malformed line fails the test. */
function strictCsv(path) {
  const py = 'import csv,json,sys\nwith open(sys.argv[1], newline="", encoding="utf-8") as f:\n    print(json.dumps(list(csv.reader(f, strict=True))))';
  return JSON.parse(execFileSync('python3', ['-c', py, path], { encoding: 'utf8' }));
}
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
  await expect(panel.getByTestId('prov-source')).toHaveText('ASCA–Liman report, Table 2, p. 23; Table 3, p. 25');
  await expect(panel).toContainText('at least 83,897');
});

test('a map tile carries its source', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('tile-map').locator('a[data-code=TX]')).toHaveAccessibleName('Texas: 3.9% of its prisoners');
  await expect(page.getByTestId('map-source')).toHaveText('Source: Table 2, p. 22');
});

for (const [query, text] of [
  ['', '67,442 people were held in their cells 22 hours a day or more for 15 days or more in the fall of 2015, across 48 jurisdictions — ASCA–Liman, Aiming to Reduce Time-In-Cell (2016), Table 2, p. 23'],
  ['?hours=16', 'At least 83,897 people were held in their cells 16 hours a day or more for 15 days or more in the fall of 2015, across 48 jurisdictions — ASCA–Liman, Aiming to Reduce Time-In-Cell (2016), Table 2, p. 23; Table 3, p. 25'],
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

test('embed mode shows the view with its source line and a link back', async ({ page }) => {
  await page.goto('./?hours=20&embed=1');
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.locator('.site-nav')).toHaveCount(0);
  await expect(page.getByTestId('headline-total')).toHaveText('79,269');
  const source = page.getByTestId('embed-source');
  await expect(source).toContainText('Aiming to Reduce Time-In-Cell');
  await expect(source.getByRole('link')).toHaveAttribute('href', '?hours=20');
});

test('copy embed code gives an iframe of the current view in embed mode', async ({ page }) => {
  await page.goto('./?hours=16');
  await page.getByTestId('copy-embed').click();
  await expect(page.getByTestId('copy-embed')).toHaveText('Embed code copied');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/explorer\/\?hours=16&embed=1" title="Time-In-Cell Explorer: Explorer"/);
});

test('the CSV of the explorer view matches its rows', async ({ page }) => {
  await page.goto('./?hours=16&q=new');
  const rows = await page.locator('[data-testid=results-table] tbody tr').count();
  expect(rows).toBe(4); // New Hampshire, New Jersey, New Mexico, New York
  const link = page.getByTestId('download-csv');
  expect(Number(await link.getAttribute('data-rows'))).toBe(rows);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('time-in-cell-explorer-16h-15d-all-reporting.csv');
  const file = await download.path();
  const csv = readFileSync(file, 'utf8');
  // The first line is the header; a strict reader (Python's csv module) gets every row, same width.
  expect(csv.split('\n')[0]).toBe('jurisdiction,name,status,count,h22_plus,h20_21,h16_19,denominator,denominator_kind,percent_as_printed,percent_computed,endnotes,source,definition,as_of,view,data_version,citation');
  const table = strictCsv(file);
  expect(table.length - 1).toBe(rows);
  expect(new Set(table.map((r) => r.length))).toEqual(new Set([table[0].length]));
  expect(table[1][table[0].indexOf('definition')]).toBe('people held in-cell 16 hours or more a day for 15 days or more');
  expect(table[1][table[0].indexOf('data_version')]).toMatch(/^[0-9a-f]{12}$/);
});

test('the default view\'s CSV keeps printed percents as printed, computed ones apart, and the report\'s *', async ({ page }) => {
  await page.goto('./');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  expect(download.suggestedFilename()).toBe('time-in-cell-explorer-22h-15d-all-reporting.csv');
  const table = strictCsv(await download.path());
  const h = table[0];
  const row = (code) => table.find((r) => r[0] === code);
  // New York: printed 8.5, computed 8.55 (4,498 / 52,621).
  expect(row('NY')[h.indexOf('percent_as_printed')]).toBe('8.5');
  expect(row('NY')[h.indexOf('percent_computed')]).toBe('8.55');
  expect(row('VI')[h.indexOf('denominator_kind')]).toBe('* reporting facilities only');
  expect(row('TX')[h.indexOf('denominator_kind')]).toBe('whole system');
});

test('the full data package downloads as one zip', async ({ page, request }) => {
  const res = await request.get('./data/time-in-cell-data.zip');
  expect(res.status()).toBe(200);
  const body = await res.body();
  expect(body.subarray(0, 4).toString('hex')).toBe('504b0304');
});

test('the chart downloads as a standalone SVG with its source line', async ({ page }) => {
  await page.goto('./?hours=16');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('svg-chart-svg').click()]);
  expect(download.suggestedFilename()).toBe('time-in-cell-chart.svg');
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('Source: ASCA–Liman');
  expect(svg).toContain('Texas');
});

test('a map tile opens the profile, whose figure shows its provenance', async ({ page }) => {
  await page.goto('./?hours=16');
  await page.getByTestId('tile-map').locator('a[data-code=TX]').click();
  await page.getByTestId('profile-count').click();
  await expect(page.getByTestId('prov-source')).toHaveText('ASCA–Liman report, Table 2, p. 23; Table 3, p. 25');
  await expect(page.getByTestId('provenance')).toContainText('Texas');
});

test('the map downloads as PNG', async ({ page }) => {
  await page.goto('./');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('png-map-svg').click()]);
  expect(download.suggestedFilename()).toBe('time-in-cell-map.png');
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);
});
