// Definition lab (issue 16): decomposed steps with pictures, projector mode at 1280×720, the
// comparison of two definitions in the URL, and the printable handout.
import { test, expect, expectNoAxeViolations, fullScreenshot } from './fixtures.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const STEPS = 8;
mkdirSync('e2e/screenshots', { recursive: true });

/** True when an element's box lies inside the viewport (nothing needs scrolling to see it). */
async function inViewport(page, locator) {
  const box = await locator.boundingBox();
  const vp = page.viewportSize();
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= vp.height + 0.5 && box.x + box.width <= vp.width + 0.5;
}

test('projector mode at 1280×720: every step shows its visual and the Next button without scrolling', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?view=lab&large=1');
  // No site chrome.
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.site-footer')).toHaveCount(0);
  for (let i = 0; i < STEPS; i++) {
    await expect(page.getByTestId('lab-step')).toHaveText(`Step ${i + 1} of ${STEPS}`);
    const waterfall = page.getByTestId('lab-waterfall');
    await expect(waterfall).toBeVisible();
    expect(await inViewport(page, waterfall), `step ${i + 1}: waterfall on screen`).toBe(true);
    const movers = page.getByTestId('lab-movers');
    expect(await inViewport(page, movers), `step ${i + 1}: movers on screen`).toBe(true);
    const next = page.getByRole('link', { name: i + 1 < STEPS ? 'Next →' : '← Previous' });
    expect(await inViewport(page, next), `step ${i + 1}: next button on screen`).toBe(true);
    expect(await inViewport(page, page.getByTestId('lab-step'))).toBe(true);
    expect(await inViewport(page, page.getByTestId('lab-permalink'))).toBe(true);
    await expect(page.getByTestId('lab-permalink')).toHaveAttribute('href', i === 0 ? /large=1/ : new RegExp(`step=${i}&large=1`));
    const scroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(scroll, `step ${i + 1}: vertical scroll`).toBeLessThanOrEqual(0);
    // Chart labels are at least 12 CSS px at the rendered size.
    const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.lab-chart text')]
      .map((t) => t.getBoundingClientRect().height > 0 ? parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width) : 99)));
    expect(smallest).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: `e2e/screenshots/lab-projector-step${i + 1}.png` });
    // A presenter's clicker sends PageDown.
    if (i + 1 < STEPS) await page.keyboard.press('PageDown');
  }
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('lab-step')).toHaveText(`Step ${STEPS - 1} of ${STEPS}`);
});

test('every step in normal mode: decomposed parts, named jurisdictions and both charts', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 900 });
  for (let i = 0; i < STEPS; i++) {
    await page.goto(`./?view=lab&step=${i}`);
    await expect(page.getByTestId('lab-waterfall')).toBeVisible();
    await expect(page.getByTestId('lab-movers')).toBeVisible();
    if (i === 3) {
      // One month: the seven without lengths of stay, 11,692 people, Georgia named.
      const parts = page.getByTestId('lab-parts');
      await expect(parts).toContainText('Drop out: no length-of-stay data — −11,692 people');
      await expect(parts).toContainText('Georgia (−3,880)');
      await expect(page.getByTestId('lab-waterfall')).toContainText('−11,692');
      await expect(page.getByTestId('lab-movers').locator('g.db-row').first()).toContainText('Georgia');
    }
    if (i === 6) {
      const first = page.getByTestId('lab-movers').locator('g.db-row').first();
      await expect(first).toContainText('Virgin Islands');
      await expect(first.locator('title')).toContainText('28.3% → 19.6%');
      await expect(page.getByTestId('lab-movers').locator('g.db-row').nth(1)).toContainText('Louisiana');
      await expect(page.getByTestId('lab-change')).toHaveText('0 people');
    }
    await fullScreenshot(page, `e2e/screenshots/lab-step${i + 1}-1280.png`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=lab&step=3');
  await expect(page.getByTestId('lab-waterfall')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await fullScreenshot(page, 'e2e/screenshots/lab-step4-390.png');
  await expectNoAxeViolations(page);
});

test('charts animate from before to after, and stand still under reduced motion', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?view=lab&step=3');
  const bar = page.locator('.wf-bar').nth(1);
  await expect(bar).toBeVisible();
  expect(await bar.evaluate((e) => getComputedStyle(e).animationName)).toBe('lab-grow');
  expect(await page.locator('.db-line').first().evaluate((e) => getComputedStyle(e).animationName)).toBe('lab-draw');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await bar.evaluate((e) => getComputedStyle(e).animationName)).toBe('none');
});

test('a copied comparison link reproduces both definitions', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await page.getByRole('link', { name: /Compare with/ }).click();
  await expect(page.getByTestId('lab-compare')).toBeVisible();
  await expect(page).toHaveURL(/\/lab\/\?a=22h-15d&b=16h-15d/);
  // A: 20 hours, whole system; B: one year, women... not measured for women, so men at 15 days with the alternatives.
  await page.locator('#a-hours').selectOption('20');
  await page.locator('#a-denominator').selectOption('total');
  await page.locator('#b-hours').selectOption('22');
  await page.locator('#b-population').selectOption('women');
  await expect(page).toHaveURL(/a=20h-15d-total&b=22h-15d-women/);
  await page.locator('#b-population').selectOption('all');
  await page.locator('#b-alt').check();
  await expect(page).toHaveURL(/a=20h-15d-total&b=22h-15d-alt/);
  const a = await page.getByTestId('compare-a').textContent();
  const b = await page.getByTestId('compare-b').textContent();
  expect(a).toContain('79,269');
  await page.getByTestId('lab-copy').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/explorer\/lab\/\?a=20h-15d-total&b=22h-15d-alt$/);
  const other = await browser.newPage();
  await other.goto(copied);
  await other.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(other.getByTestId('compare-a-def')).toHaveText('20+ hours, 15+ days, whole system');
  await expect(other.getByTestId('compare-b-def')).toHaveText('22+ hours, 15+ days, LA/UT alternatives');
  await expect(other.getByTestId('compare-a')).toHaveText(a);
  await expect(other.getByTestId('compare-b')).toHaveText(b);
  await expect(other.locator('#a-hours')).toHaveValue('20');
  await expect(other.locator('#b-alt')).toBeChecked();
  await other.close();
});

test('a malformed comparison link falls back per setting with a visible notice', async ({ page }) => {
  await page.goto('./?view=lab&a=19h-1y&b=16h-%3Cb%3E');
  await expect(page.getByTestId('url-notice')).toContainText('19h');
  await expect(page.getByTestId('compare-a-def')).toHaveText('22+ hours, 1+ year');
  await expect(page.getByTestId('compare-b-def')).toHaveText('16+ hours, 15+ days');
});

for (const width of [390, 1280]) {
  test(`comparison view at ${width}px: totals, parts, movers and the map of who changes`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?view=lab&a=22h-15d&b=22h-1m');
    await expect(page.getByTestId('compare-change')).toHaveText('−22,698');
    await expect(page.getByTestId('lab-parts')).toContainText('−11,692');
    await expect(page.getByTestId('change-map').locator('[data-code=GA]')).toHaveClass(/part-left/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await fullScreenshot(page, `e2e/screenshots/lab-compare-${width}.png`);
    await expectNoAxeViolations(page);
  });
}

test('projector mode works for a comparison too', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?view=lab&a=22h-15d&b=22h-15d-total&large=1');
  await expect(page.getByTestId('lab-movers')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/lab-compare-projector.png' });
});

test('the handout prints on one page with numbers, pictures and three answered questions', async ({ page }) => {
  test.slow();
  await page.goto('./?view=lab&handout=1');
  const sheet = page.getByTestId('handout');
  await expect(sheet.locator('tbody tr')).toHaveCount(8);
  await expect(sheet.locator('.handout-questions li')).toHaveCount(3);
  await expect(sheet).toContainText('15 consecutive days');
  await expect(sheet).toContainText('Maine did not respond');
  await expect(page.getByTestId('teacher-notes')).toContainText('usual misreading');
  await fullScreenshot(page, 'e2e/screenshots/lab-handout-screen.png');
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  await expect(page.getByTestId('teacher-notes')).toBeHidden();
  for (const lesson of [1, 2, 3, 4]) {
    if (lesson > 1) {
      await page.goto(`./?view=lab&handout=${lesson}`);
      await expect(page.getByTestId('handout')).toBeVisible();
    }
    const pdf = `e2e/screenshots/lab-handout-${lesson}.pdf`;
    await page.pdf({ path: pdf, format: 'Letter', printBackground: true, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info, `lesson ${lesson} fits one page`).toMatch(/Pages:\s+1\n/);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, `e2e/screenshots/lab-handout-${lesson}`]);
  }
});
