// Sources where you look: every source and endnote trigger opens one kind of panel, inside the
// viewport, holding focus; Escape closes it and gives focus back to the trigger.
import { test, expect } from './fixtures.js';

const PAGES = [
  ['explorer', './'],
  ['profile', './?view=profile&j=TX'],
  ['length of stay', './?view=length-of-stay'],
  ['reforms', './?view=reforms'],
];

async function checkEvery(page, width) {
  const triggers = page.locator('button.figure, button.note-marker, [data-testid=headline-source]');
  // A view's own address serves its prerendered page; the triggers are the app's, once it is ready.
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(triggers.first()).toBeAttached({ timeout: 15_000 });
  const n = await triggers.count();
  expect(n).toBeGreaterThan(0);
  const vw = width;
  // Triggers inside collapsed groups are reached by opening the group first, as a reader would.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  for (let i = 0; i < n; i++) {
    const t = triggers.nth(i);
    await t.scrollIntoViewIfNeeded();
    await t.click();
    const panel = page.locator('dialog.source-dialog[open]');
    await expect(panel).toHaveCount(1);
    const box = await panel.boundingBox();
    const vh = await page.evaluate(() => window.innerHeight);
    expect(box.x, `trigger ${i}`).toBeGreaterThanOrEqual(0);
    expect(box.y, `trigger ${i}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `trigger ${i}`).toBeLessThanOrEqual(vw + 0.5);
    expect(box.y + box.height, `trigger ${i}`).toBeLessThanOrEqual(vh + 0.5);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    expect(await t.evaluate((el) => document.activeElement === el), `focus back on trigger ${i}`).toBe(true);
  }
  return n;
}

for (const [name, url] of PAGES) {
  test(`every source and endnote trigger on the ${name} page opens a panel in view`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await checkEvery(page, 1280);
  });
}

test('on a phone the panel is a bottom sheet; an outside click closes it and gives focus back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const t = page.getByTestId('prov-count-TX');
  await t.scrollIntoViewIfNeeded();
  await t.click();
  const panel = page.locator('dialog.source-dialog[open]');
  const box = await panel.boundingBox();
  expect(Math.round(box.y + box.height)).toBe(844);
  expect(Math.round(box.width)).toBe(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'e2e/screenshots/source-panel-390.png' });
  await page.mouse.click(200, 20); // the backdrop, above the sheet
  await expect(panel).toHaveCount(0);
  expect(await t.evaluate((el) => document.activeElement === el)).toBe(true);
});

test('at 1280px the panel opens beside the figure that asked for it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const t = page.getByTestId('prov-count-TX');
  await t.scrollIntoViewIfNeeded();
  await t.click();
  const panel = page.getByTestId('provenance');
  await expect(panel.getByTestId('prov-source')).toHaveText('ASCA–Liman report, Table 2, p. 23');
  const [tb, pb] = [await t.boundingBox(), await panel.boundingBox()];
  expect(Math.abs(pb.y - (tb.y + tb.height)) < 20 || Math.abs(pb.y + pb.height - tb.y) < 20).toBe(true);
  await page.screenshot({ path: 'e2e/screenshots/source-panel-1280.png' });
});
