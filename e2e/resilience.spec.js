// Issue 8: content before WASM, JavaScript off, offline, and hostile URLs.
import { test, expect } from './fixtures.js';

test('with JavaScript off the default view still shows the real figures', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.getByTestId('headline-total')).toHaveText('67,442');
  await expect(page.locator('[data-testid=results-table] tbody tr')).toHaveCount(53);
  await context.close();
});

test('the headline is in the HTML before any WASM runs', async ({ request }) => {
  const html = await (await request.get('./')).text();
  expect(html).toContain('data-prerendered');
  expect(html).toMatch(/data-testid="headline-total"[^>]*>67,442</);
});

test('after a first visit the app works offline', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Let the worker finish precaching and take control of the page.
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('time-in-cell-')));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('headline-total')).toHaveText('67,442');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await page.getByRole('radio', { name: '16 hours or more' }).check();
  await expect(page.getByTestId('headline-total')).toHaveText('83,897');
  // The endnotes' texts, fetched only when one is opened, were precached too.
  await page.getByRole('button', { name: 'Endnote 172' }).first().click();
  await expect(page.getByTestId('note-panel')).toContainText('corrected this number from 1,079 to 1,104');
  await context.setOffline(false);
});

for (const q of [
  '?hours=%F0%9F%92%A5&stay=%%%&compare=' + 'TX,'.repeat(40),
  '?view=profile&j=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?sort=-' + 'x'.repeat(3000),
  '?%E2%80%AE=1&q=%00%01%02&view=lab&step=-1',
  '?view=claim-check&claim=' + '9'.repeat(400),
]) {
  test(`a hostile URL renders with a notice and no console error: ${q.slice(0, 40)}`, async ({ page }) => {
    await page.goto(`./${q}`);
    await expect(page.locator('#content')).toBeVisible();
    await expect(page.locator('[data-testid=crash]')).toHaveCount(0);
  });
}

test('a profile address with an unknown code offers every profile, and one opens', async ({ page }) => {
  await page.goto('./?view=profile&j=ZZ');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(page.getByTestId('url-notice')).toContainText('Unknown jurisdiction “ZZ”.');
  await expect(page.getByTestId('url-notice')).not.toContainText('No jurisdiction was given');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jurisdiction profiles');
  const links = page.getByTestId('profile-index').locator('ul.profile-index a');
  await expect(links).toHaveCount(53);
  await links.filter({ hasText: /^Texas$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Texas');
  await expect(page).toHaveURL(/profile\/TX\/$/);
});
