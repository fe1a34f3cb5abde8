// Claim check: one verdict per number, in order, with the deciding figure; the claim stays in the URL.
import { test, expect, expectNoAxeViolations, fullScreenshot } from './fixtures.js';

const CASES = [
  ['Texas held 5,832 people in solitary', ['Supported'], '5,832', 'Table 2, p. 23'],
  ['Women made up 1.6% of the people in restricted housing', ['Contradicted'], '2.4%', 'Tables 5 and 6'],
  ['Louisiana had the highest rate, 8.2%', ['Contradicted'], '28.3%', 'Table 2, p. 23'],
  ['More than 80,000 people were held in their cells at least 16 hours a day', ['Supported'], '83,897', 'p. '],
  ['83,897 people were held in solitary confinement', ['Supported, with a caveat'], '83,897', 'p. '],
  ['California held 1,104 people in solitary, 0.9% of its prisoners', ['Supported', 'Supported'], '1,104', 'Table 2, p. 22'],
  ['In 2019, 41,000 people were held in solitary', ['Not in the report'], null, null],
  ['Louisiana had the highest rate, 8.2%, while women made up 1.6% of the people in restricted housing',
    ['Contradicted', 'Contradicted'], '28.3%', 'Table 2, p. 23'],
  ['Canada held 500 people in segregation', ['Not in the report'], null, null],
];

for (const [claim, verdicts, best, source] of CASES) {
  test(`verdict for “${claim}”`, async ({ page }) => {
    await page.goto(`./?view=claim-check&claim=${encodeURIComponent(claim)}`);
    await expect(page.getByTestId('claim-verdict')).toHaveText(verdicts);
    if (best) {
      const b = page.getByTestId('claim-best').first();
      await expect(b.locator('.claim-value')).toHaveText(best);
      await expect(b.locator('.claim-source')).toContainText(source);
      await expect(b.locator('a.claim-source')).toHaveAttribute('href', /^https:\/\/law\.yale\.edu\/.+\.pdf$/);
    } else {
      await expect(page.getByTestId('claim-best')).toHaveCount(0);
    }
  });
}

test('typing a claim keeps it in the URL and answers every number in order', async ({ page }) => {
  await page.goto('./?view=claim-check');
  await page.getByTestId('claim-input').fill('In 2015 Texas held 5,833 people in solitary, 3.9% of its prisoners.');
  await expect(page.getByTestId('claim-verdict')).toHaveText(['Contradicted', 'Supported']);
  await expect(page.getByTestId('claim-context')).toHaveCount(1);
  await expect(page).toHaveURL(/claim=In(\+|%20)2015/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(page.getByTestId('claim-verdict')).toHaveText(['Contradicted', 'Supported']);
});

test('a pasted article with emoji, RTL marks and odd numbers answers without freezing', async ({ page }) => {
  await page.goto('./?view=claim-check');
  const article = 'Solitary 🔒 remains common. \u200FAbout 67,000 people\u200E were held; 1e9; ½; one in twenty; 67 442; 67.442.\n'.repeat(300);
  const t0 = Date.now();
  await page.getByTestId('claim-input').fill(article);
  await expect(page.getByTestId('claim-note').filter({ hasText: 'not checked' })).toBeVisible();
  expect(Date.now() - t0).toBeLessThan(5000);
  await expect(page.getByTestId('claim-verdict').first()).toHaveText('Supported');
  // The article is in the link after `#` (no host refuses it; the query stays short), as far as
  // the check reads it, and the link reopens the same check.
  await expect(page).toHaveURL(/#claim=Solitary/);
  const address = new URL(page.url());
  expect(address.search).not.toContain('claim=');
  // 20,000 characters (code points: the emoji are two UTF-16 units each).
  expect([...decodeURIComponent(address.hash.replace(/\+/g, ' '))].length).toBe('#claim='.length + 20000);
  const verdicts = await page.getByTestId('claim-verdict').allTextContents();
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(page.getByTestId('claim-verdict')).toHaveText(verdicts);
  // The skip link moves the focus without dropping the claim from the address.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#content')).toBeFocused();
  expect(page.url()).toBe(address.href);
});

for (const width of [390, 1280]) {
  test(`claim check at ${width}px: screenshot and no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    await page.goto(`./?view=claim-check&claim=${encodeURIComponent('Louisiana had the highest rate, 8.2%, while women made up 1.6% of the people in restricted housing. In 2015 more than 80,000 people were held 16 hours a day.')}`);
    await expect(page.getByTestId('claim-verdict')).toHaveCount(3);
    await page.locator('.claim-others summary').first().click();
    await fullScreenshot(page, `e2e/screenshots/claim-check-${width}.png`);
    await expectNoAxeViolations(page);
  });
}
