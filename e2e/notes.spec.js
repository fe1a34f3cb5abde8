// Issue 13 (bytes): the endnotes' texts are a file of their own (data/notes-<hash>.bin), which no
// first visit downloads: it is fetched when a reader first opens an endnote or a figure's sources.
import { test as checked, expect } from './fixtures.js';
import { test as plain } from '@playwright/test';

const NOTES = /\/data\/notes-[0-9a-f]{16}\.bin$/;

// The service worker's requests pass by page.route: the page's own must reach it.
checked.use({ serviceWorkers: 'block' });
plain.use({ serviceWorkers: 'block' });

checked('a report page fetches the endnotes only when one is opened, says it is loading, then shows it', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => { if (NOTES.test(r.url())) asked.push(r.url()); });
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(NOTES, async (route) => { await gate; await route.continue(); });
  await page.goto('./length-of-stay/');
  await page.waitForTimeout(500);
  expect(asked, 'no endnote text on a first visit').toEqual([]);
  await page.getByRole('button', { name: 'Endnote 192' }).first().click();
  const panel = page.getByTestId('note-panel');
  await expect(panel.getByTestId('note-loading')).toHaveText('Loading the endnote…');
  await expect(panel.getByRole('heading', { name: 'Endnote 192' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/note-loading-1280.png' });
  release();
  await expect(panel).toContainText('Keep Lock');
  await expect(panel.getByTestId('note-loading')).toHaveCount(0);
  // Another endnote: already here, no second request.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await page.getByRole('button', { name: /^Endnote \d+$/ }).nth(1).click();
  await expect(panel.locator('.note-text')).not.toBeEmpty();
  expect(asked).toHaveLength(1);
});

plain('a failed endnotes fetch says so and the next open tries again', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  let fail = true;
  await page.route(NOTES, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('./length-of-stay/');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  const marker = page.getByRole('button', { name: 'Endnote 192' }).first();
  await marker.click();
  const panel = page.getByTestId('note-panel');
  await expect(panel.getByTestId('note-error')).toContainText(/could not be loaded \(notes-[0-9a-f]{16}\.bin: network error\)\. Close it and open it again/);
  await page.screenshot({ path: 'e2e/screenshots/note-error-1280.png' });
  // A second open while the file is still unreachable: the same message, not a blank panel.
  await page.keyboard.press('Escape');
  await marker.click();
  await expect(panel.getByTestId('note-error')).toContainText('network error');
  await page.keyboard.press('Escape');
  fail = false;
  await marker.click();
  await expect(panel).toContainText('Keep Lock');
  await expect(panel.getByTestId('note-error')).toHaveCount(0);
  expect(problems).toEqual([]);
});

checked('the explorer shows a figure\'s endnotes in its sources once fetched', async ({ page }) => {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(NOTES, async (route) => { await gate; await route.continue(); });
  await page.goto('./');
  await page.getByTestId('prov-count-CA').click();
  const panel = page.getByTestId('provenance');
  await expect(panel.locator('.prov-notes')).toContainText('(loading the endnote…)');
  release();
  await expect(panel).toContainText('corrected this number from 1,079 to 1,104');
  await expect(panel).not.toContainText('loading');
});

checked('on a phone the loading endnote is a bottom sheet that says so', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(NOTES, async (route) => { await gate; await route.continue(); });
  await page.goto('./length-of-stay/');
  await page.getByRole('button', { name: 'Endnote 192' }).first().click();
  const panel = page.getByTestId('note-panel');
  await expect(panel.getByTestId('note-loading')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/note-loading-390.png' });
  release();
  await expect(panel).toContainText('Keep Lock');
  await page.screenshot({ path: 'e2e/screenshots/note-loaded-390.png' });
});
