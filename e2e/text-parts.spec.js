// Issue 13 (bytes): the report's text is one file per part (data/<part>-<hash>.bin:
// survey::data::parts), and a page's first visit fetches only the parts that page renders with
// (survey::url::Page::text_parts). A page moved to that needs a part not yet here fetches it and
// says it is loading; a failed fetch says so, with a retry. No file is fetched twice.
import { test as checked, expect } from './fixtures.js';
import { test as plain } from '@playwright/test';

const PART = /\/data\/(figures(?:-[a-z]+)?|endnotes|errata|reforms|smi|later)-[0-9a-f]{16}\.bin$/;
const BIN = /\/data\/([a-z-]+)-[0-9a-f]{16}\.bin$/;
// The printed figures' parts (survey::data::parts::Part::FIGURES: one per group of the report's
// sections), all of which the claim check reads; the audit reads three, the about page one (it
// states the audit's counts from the errata's file: survey::sections::about::audit_counts).
const FIGURES = ['figures', 'figures-facilities', 'figures-stay', 'figures-sex', 'figures-composition',
  'figures-smi', 'figures-pregnancy', 'figures-reforms'];

// The service worker's requests pass by page.route and page.on('request'): the page's own must be seen.
checked.use({ serviceWorkers: 'block' });
plain.use({ serviceWorkers: 'block' });

/** The data files a page requests, by kind (`tables`, `figures`…), in order. */
function watch(page) {
  const asked = [];
  page.on('request', (r) => {
    const m = r.url().match(BIN);
    if (m) asked.push(m[1]);
  });
  return asked;
}

for (const [name, url, parts] of [
  ['a profile', './profile/TX/', ['endnotes', 'errata', 'reforms', 'smi']],
  ['the reforms page', './reforms/', ['figures-reforms', 'endnotes', 'reforms']],
  ['the length-of-stay page', './length-of-stay/', ['figures-stay', 'errata']],
  ['the pregnancy page', './pregnancy/', ['figures-pregnancy', 'endnotes']],
  ['the about page', './about/', ['figures', 'errata', 'later']],
  ['the claim check', './claim-check/', []],
  ['the lab', './lab/', []],
  ['the explorer', './', []],
]) {
  checked(`${name}'s first visit fetches the tables and only the parts it renders with`, async ({ page }) => {
    const asked = watch(page);
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(asked.sort()).toEqual(['tables', ...parts].sort());
  });
}

checked('the claim check fetches the printed figures once a claim is there, checking the tables meanwhile', async ({ page }) => {
  const asked = watch(page);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(PART, async (route) => { await gate; await route.continue(); });
  await page.goto('./claim-check/');
  expect(asked).toEqual(['tables']);
  await page.getByTestId('claim-input').fill('Texas held 5,832 people in solitary');
  await expect(page.getByText("Loading the report's prose figures")).toBeVisible();
  // The table's figure is checked already.
  await expect(page.getByTestId('claim-verdict')).toHaveText(['Supported']);
  release();
  await expect(page.getByText("Loading the report's prose figures")).toHaveCount(0);
  await page.getByTestId('claim-input').fill('More than 80,000 people were held in their cells at least 16 hours a day');
  await expect(page.getByTestId('claim-verdict')).toHaveText(['Supported']);
  await expect(page.getByTestId('claim-best').first().locator('.claim-value')).toHaveText('83,897');
  expect(asked.sort()).toEqual(['tables', ...FIGURES].sort());
});

checked('moving between the pages of one bundle fetches each part once, and says a page is loading until its parts are here', async ({ page }) => {
  const asked = watch(page);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/\/data\/later-[0-9a-f]{16}\.bin$/, async (route) => { await gate; await route.continue(); });
  await page.goto('./audit/');
  expect(asked.sort()).toEqual(['errata', 'figures-composition', 'figures-sex', 'figures-smi', 'tables']);
  // The about page (same bundle: survey::url::Bundle::AuditAbout) needs the later editions and
  // the printed figures it quotes (the general part) too.
  await page.getByTestId('site-nav').getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByTestId('text-loading')).toBeVisible();
  await expect(page.getByTestId('text-loading')).toHaveText('Loading the report’s text for this page…');
  release();
  await expect(page.getByTestId('text-loading')).toHaveCount(0);
  await expect(page.locator('main h1').first()).toContainText('About');
  // The move is finished when the page is here: its heading takes the focus and is announced.
  await expect(page.locator('#content h1')).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText(/^Now showing: .*about/i);
  expect(asked.sort()).toEqual(['errata', 'figures', 'figures-composition', 'figures-sex', 'figures-smi', 'later', 'tables']);
  // Back to the audit (its parts are here) and to about again: nothing more is fetched.
  for (const [link, heading] of [['Audit', /./], ['About the data', 'About']]) {
    await page.getByTestId('site-nav').getByRole('link', { name: link }).click();
    await expect(page.locator('main h1').first()).toContainText(heading);
    await expect(page.getByTestId('text-loading')).toHaveCount(0);
  }
  expect(asked).toHaveLength(7);
});

plain('a part that cannot be fetched on moving to a page says so, and the retry brings the page', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  let fail = true;
  await page.route(/\/data\/later-[0-9a-f]{16}\.bin$/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('./audit/');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await page.getByTestId('site-nav').getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByTestId('text-error')).toContainText(/could not be loaded: later-[0-9a-f]{16}\.bin: network error/);
  await expect(page.getByTestId('text-missing')).toBeVisible();
  fail = false;
  await page.getByTestId('text-retry').click();
  await expect(page.getByTestId('text-error')).toHaveCount(0);
  await expect(page.getByTestId('text-missing')).toHaveCount(0);
  await expect(page.locator('main h1').first()).toContainText('About');
  await expect(page.locator('#content h1')).toBeFocused();
  expect(problems).toEqual([]);
});
