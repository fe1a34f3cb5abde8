// Issue 15: made for a phone and fit to publish. Every view at 360×740: no sideways page overflow,
// no visible text under 11 CSS px (HTML or SVG), under 12,000 px tall, a title of its own, and no
// identifier or unformatted number on screen. Exports: every text box inside the image and none
// overlapping, at two definitions. Keyboard: the explorer's table within 40 tab stops.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { test, expect, fullScreenshot, scrollThrough } from './fixtures.js';

export const VIEWS = [
  ['explorer', './'],
  ['explorer-16h', './?hours=16&compare=TX,CA'],
  ['profile-tx', './?view=profile&j=TX'],
  ['profile-ca', './?view=profile&j=CA'],
  ['stay', './?view=stay'],
  ['sex', './?view=sex'],
  ['race', './?view=race'],
  ['age', './?view=age'],
  ['mental-illness', './?view=mental-illness'],
  ['pregnancy', './?view=pregnancy'],
  ['facilities', './?view=facilities'],
  ['reforms', './?view=reforms'],
  ['audit', './?view=audit'],
  ['claim-check', './?view=claim-check'],
  ['lab', './?view=lab'],
  ['about', './?view=about'],
];

/** Waits until the page's own content is there (the report's text loads after first paint), then
 * scrolls through it as a reader does: a started page draws a chart again at its measured width as
 * it comes within a screen of view (src/components/measure.rs), so what a reader sees there is
 * the drawing for the phone, not the server's drawing for a wider page. */
async function open(page, url) {
  await page.goto(url);
  await expect(page.locator('#content h1').first()).toBeAttached();
  await expect(page.locator('#content .loading')).toHaveCount(0);
  await scrollThrough(page);
  await page.waitForTimeout(300);
}

/** Everything the reader can see that breaks the phone rules, measured in the page. */
function measure() {
  const visible = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden') return false;
      if (e.classList.contains('visually-hidden')) return false;
      if (e.tagName === 'DETAILS' && !e.open && e !== el) {
        // Inside a closed <details> only the summary shows.
        const summary = e.querySelector(':scope > summary');
        if (!summary || !summary.contains(el)) return false;
      }
      if (e.tagName === 'title' || e.tagName === 'desc' || e.tagName === 'TITLE') return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const small = [];
  const cut = [];
  const texts = [];
  const citeIds = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.textContent.trim();
    if (!t) continue;
    const el = n.parentElement;
    if (!el || !visible(el)) continue;
    let px = parseFloat(getComputedStyle(el).fontSize);
    const svgText = el.closest('text');
    if (svgText && svgText.getScreenCTM) {
      const m = svgText.getScreenCTM();
      if (m) px *= Math.hypot(m.a, m.b);
    }
    if (px < 11 - 0.01) small.push(`${px.toFixed(1)}px: ${t.slice(0, 40)}`);
    // A chart's text drawn past its own SVG's edge is cut off on screen.
    if (svgText) {
      const box = svgText.getBoundingClientRect();
      const frame = svgText.ownerSVGElement.getBoundingClientRect();
      if (box.right > frame.right + 1 || box.left < frame.left - 1) cut.push(`${t.slice(0, 40)} (${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(frame.left)}–${Math.round(frame.right)})`);
    }
    // The identifier of a cited work (the BMJ article "j4657", an SSRN abstract number) is a name,
    // not a count: pages mark it `.cite-id` and it is checked below instead of by the number scan.
    if (el.closest('.cite-id')) { citeIds.push({ id: t, before: (el.closest('.cite-id').previousSibling?.textContent ?? '') }); continue; }
    texts.push(t);
  }
  const all = texts.join('\n');
  // A snake_case token is a column or file identifier; the names of the published data files
  // ("report_figures.csv", shown beside their description on About) are what a reader saves, so a
  // token followed by .csv, .json or .zip is a file name, not an identifier leaking through.
  const snake = [...new Set(all.match(/\b[a-z][a-z0-9]*_[a-z0-9_]+\b(?!\.(?:csv|json|zip)\b)/g) ?? [])];
  // Digits inside a word (the data version, a hex hash such as 142f5288a5b3) are not a count.
  const raw = [...new Set((all.match(/(?<![\w.,:/#-])\d{4,}(?![\w,])/g) ?? []).filter((n) => !(+n >= 1900 && +n <= 2099)))];
  // What may be marked a citation identifier, narrowly: a BMJ article id after "BMJ year;volume:",
  // or an SSRN abstract number after "abstract". Anything else so marked counts as a raw number.
  const citeOk = (c) => (/^j\d{4}$/.test(c.id) && /\d{4};\d+:$/.test(c.before.trim())) || (/^\d{5,8}$/.test(c.id) && /abstract[ =]?$/.test(c.before.trim()));
  for (const c of citeIds) if (!citeOk(c)) raw.push(`${c.id} (marked as a citation id after “${c.before.slice(-30)}”)`);
  // A table's caption reads without scrolling sideways: no wider than the box the table scrolls in.
  const captions = [...document.querySelectorAll('.table-scroll caption')].filter(visible)
    .filter((c) => c.getBoundingClientRect().width > c.closest('.table-scroll').clientWidth + 1)
    .map((c) => c.textContent.trim().slice(0, 50));
  return {
    captions,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    height: document.documentElement.scrollHeight,
    title: document.title,
    small: small.slice(0, 20),
    cut: cut.slice(0, 20),
    snake,
    raw,
  };
}

test.describe('every view at 360 × 740', () => {
  test.describe.configure({ mode: 'serial' });
  const titles = new Map();
  for (const [name, url] of VIEWS) {
    test(`${name}: fits a phone`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: 360, height: 740 });
      await open(page, url);
      const m = await page.evaluate(measure);
      console.log(`${name}: height ${m.height}px at 360`);
      expect(m.overflow, 'no sideways page overflow').toBeLessThanOrEqual(0);
      expect(m.small, 'no visible text under 11 CSS px').toEqual([]);
      expect(m.cut, 'no chart text cut off at its chart\'s edge').toEqual([]);
      expect(m.captions, 'no table caption wider than its scrolling box').toEqual([]);
      expect(m.height, 'under 12,000 px tall').toBeLessThan(12000);
      expect(m.snake, 'no identifier on screen').toEqual([]);
      expect(m.raw, 'no unformatted number over 999 on screen').toEqual([]);
      expect(m.title).toContain('Time-In-Cell Explorer');
      for (const [other, t] of titles) expect(m.title, `title differs from ${other}`).not.toBe(t);
      titles.set(name, m.title);
    });
  }
});

test('every page is two taps away on a phone, and the menu names the current one', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, './?view=reforms');
  const button = page.getByTestId('menu-button');
  await expect(button).toContainText('Reforms');
  await expect(page.getByTestId('site-nav')).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const links = page.getByTestId('site-nav').locator('a');
  await expect(links).toHaveCount(13);
  for (const a of await links.all()) await expect(a).toBeInViewport();
  await expect(page.getByTestId('site-nav').locator('a[aria-current=page]')).toHaveText('Reforms');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('site-nav')).toBeHidden();
  await expect(button).toBeFocused();
});

for (const width of [360, 390]) {
  test(`the explorer table fits a phone at ${width}px: jurisdiction, people and the sort column, every definition`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 740 });
    const table = page.getByTestId('results-table');
    const head = (text) => table.locator('thead th').filter({ hasText: text });
    const fits = async (query) => {
      await page.goto(query);
      const [sw, cw] = await page.locator('.results .table-scroll').evaluate((e) => [e.scrollWidth, e.clientWidth]);
      expect(sw, `${query}: no sideways scroll`).toBeLessThanOrEqual(cw);
      await expect(head('Jurisdiction')).toBeVisible();
      await expect(head('People')).toBeVisible();
    };
    // Every measurable definition (lengths of stay and men or women exist only at 22 hours).
    const queries = ['', '&stay=1y', '&stay=3m&alt=1', '&population=women', '&population=men&denominator=total', '&denominator=total']
      .map((rest) => `./?hours=22${rest}`)
      .concat(['20', '16'].flatMap((h) => [`./?hours=${h}`, `./?hours=${h}&denominator=total`, `./?hours=${h}&alt=1`]));
    for (const q of queries) {
      await fits(q);
      await expect(head('Percent')).toBeVisible();
      if (!q.includes('hours=22')) await expect(head('20–21 h')).toBeHidden();
    }
    // Sorted by a secondary column: that column shows, the percent gives it its place.
    for (const [sort, label] of [['-h20', '20–21 h'], ['-h16', '16–19 h'], ['h22', '22+ h'], ['-denominator', 'Custodial population']]) {
      await fits(`./?hours=16&sort=${sort}`);
      await expect(head(label)).toBeVisible();
      await expect(head('Percent')).toBeHidden();
    }
    await fits('./?hours=16&sort=-count');
    await expect(head('Percent')).toBeVisible();
    // "Show every column" brings back the rest and lives in the URL.
    await page.goto('./?hours=16');
    await page.getByTestId('all-columns').click();
    await expect(page).toHaveURL(/cols=all/);
    await expect(head('20–21 h')).toBeVisible();
    await expect(head('16–19 h')).toBeVisible();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await expect(page.getByTestId('all-columns')).toHaveAttribute('aria-pressed', 'true');
    await expect(head('20–21 h')).toBeVisible();
    await page.getByTestId('all-columns').click();
    await expect(page).not.toHaveURL(/cols=all/);
    await expect(head('20–21 h')).toBeHidden();
  });
}

for (const width of [390, 1280]) {
  test(`keyboard at ${width}px: from the top of the explorer to the table in under 40 tab stops`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, './');
    let n = 0;
    for (; n < 80; n++) {
      await page.keyboard.press('Tab');
      const inTable = await page.evaluate(() => !!document.activeElement?.closest('[data-testid=results-table]'));
      if (inTable) break;
    }
    console.log(`tab stops to the table at ${width}px: ${n + 1}`);
    expect(n + 1).toBeLessThan(40);
  });
}

test('the map is one tab stop with arrow keys inside it', async ({ page }) => {
  await open(page, './');
  const map = page.getByTestId('tile-map');
  await expect(map.locator('a[tabindex="0"]')).toHaveCount(1);
  await map.locator('a[tabindex="0"]').focus();
  await expect(page.locator(':focus')).toHaveAttribute('data-code', 'AK');
  await page.keyboard.press('ArrowDown');
  const code = await page.evaluate(() => document.activeElement.getAttribute('data-code'));
  expect(code).not.toBe('AK');
  await expect(map.locator('a[tabindex="0"]')).toHaveCount(1);
  await expect(map.locator(`a[data-code=${code}]`)).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement.closest('[data-testid=tile-map]'))).toBe(false);
});

// A change of page inside one bundle is made in place (survey::url::Bundle: a link to another
// bundle's page loads that page, which the browser announces itself). Race and age share one.
test('a change of page moves focus to the new heading, announces it and retitles the tab', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, './?view=age');
  const before = await page.title();
  await page.getByRole('navigation').getByRole('link', { name: 'Race & ethnicity' }).click();
  const h1 = page.locator('#content h1');
  await expect(h1).toHaveText(/race/i);
  await expect(h1).toBeFocused();
  const heading = await h1.textContent();
  await expect(page.getByTestId('announcer')).toHaveText(/^Now showing: /);
  await expect(page.getByTestId('announcer')).toContainText(/race/i);
  const after = await page.title();
  expect(after).toContain('Time-In-Cell Explorer');
  expect(after.toLowerCase()).toContain('race');
  expect(before).not.toBe(after);
  expect(heading.length).toBeGreaterThan(0);
});

test('long pages open with a key finding and an on-this-page list; groups are collapsed, linkable and filterable', async ({ page }) => {
  await open(page, './?view=reforms');
  await expect(page.getByTestId('key-finding')).toBeVisible();
  await expect(page.getByTestId('on-this-page').locator('a')).not.toHaveCount(0);
  const group = page.getByTestId('group-time-caps');
  await expect(group).not.toHaveAttribute('open');
  await group.locator('summary').click();
  await expect(page).toHaveURL(/open=time-caps/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await expect(page.getByTestId('group-time-caps')).toHaveAttribute('open');
  await page.getByTestId('list-filter').fill('Colorado');
  await expect(page.locator('[data-testid=reforms-table] tbody tr:visible').first()).toContainText('Colorado');
});

async function exportCheck(page, browser, testid, name, { definition = /held in-cell/, minTexts = 20 } = {}) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await download.path();
  mkdirSync('e2e/screenshots', { recursive: true });
  if (testid.startsWith('png')) {
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(`e2e/screenshots/export-${name}.png`, png);
    return;
  }
  const svg = readFileSync(path, 'utf8');
  writeFileSync(`e2e/screenshots/export-${name}.svg`, svg);
  const p = await browser.newPage();
  await p.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  const result = await p.evaluate(() => {
    const root = document.querySelector('svg').getBoundingClientRect();
    const boxes = [...document.querySelectorAll('svg text')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, l: r.left, t: r.top, r: r.right, b: r.bottom };
    });
    const outside = boxes.filter((b) => b.l < root.left - 0.5 || b.t < root.top - 0.5 || b.r > root.right + 0.5 || b.b > root.bottom + 0.5);
    const overlaps = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      // Line boxes include leading: allow a pixel where lines of one paragraph meet.
      if (a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 1 && b.t < a.b - 1) overlaps.push(`${a.text} × ${b.text}`);
    }
    const text = boxes.map((b) => b.text).join('\n');
    return { outside: outside.map((b) => b.text), overlaps: overlaps.slice(0, 10), text, n: boxes.length };
  });
  await p.screenshot({ path: `e2e/screenshots/export-${name}-svg.png`, fullPage: true });
  await p.close();
  expect(result.n).toBeGreaterThan(minTexts);
  expect(result.outside, `${name}: every text box inside the image`).toEqual([]);
  expect(result.overlaps, `${name}: no two text boxes overlap`).toEqual([]);
  // A phone chart's image is narrow, so a title or subtitle may wrap onto several lines.
  const words = result.text.replace(/\s+/g, ' ');
  expect(words).toContain('Source: ASCA–Liman');
  if (definition) expect(words).toMatch(definition);
  expect(words).toMatch(/127\.0\.0\.1/);
}

// Every other chart: the same export layout around the chart as drawn, checked the same way, at a
// phone's and a desktop's width (the chart is laid out for the width it gets) and, where the page
// has a setting that changes the chart, in two states.
const CHARTS = [
  ['stay', './?view=length-of-stay', ['stay-overall', 'stay-share', 'stay-classification'], /22 hours|overall split/],
  ['sex', './?view=men-women', ['sex-chart'], /22 hours/],
  ['race-men', './?view=race', ['stacked-chart', 'dumbbell-chart'], /restricted housing/],
  ['race-women', './?view=race&sex=women', ['stacked-chart', 'dumbbell-chart'], /restricted housing/],
  ['age-men', './?view=age', ['stacked-chart', 'dumbbell-chart'], /restricted housing/],
  ['age-women', './?view=age&sex=women', ['stacked-chart', 'dumbbell-chart'], /restricted housing/],
  ['mental-illness', './?view=mental-illness&open=each-system', ['smi-panels'], /own definition/],
  ['pregnancy', './?view=pregnancy', ['pregnancy-chart', 'transgender-chart'], /restricted housing/],
  ['facilities', './?view=facilities', ['facilities-chart', 'double-cell-chart'], /restricted-housing data|double-celling/],
  ['reforms', './?view=reforms', ['kind-chart'], /kind of change/],
  ['reforms-kind', './?view=reforms&kind=time_caps', ['kind-chart'], /kind of change/],
  ['lab-step', './?view=lab&step=2', ['lab-waterfall', 'lab-movers'], /From A: .* to B: /],
  ['lab-compare', './?view=lab&a=22h-15d&b=16h-1y-total', ['lab-waterfall', 'lab-movers', 'lab-change-map'], /From A: .* to B: /],
];
for (const width of [390, 1280]) {
  test(`exports of every chart at ${width}px: self-contained, every text inside, none overlapping`, async ({ page, browser }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    for (const [name, url, ids, definition] of CHARTS) {
      await open(page, url);
      for (const id of ids) {
        await expect(page.getByTestId(`svg-${id}`), `${name}: ${id} has a download`).toBeVisible();
        await exportCheck(page, browser, `svg-${id}`, `${name}-${id}-${width}`, { definition, minTexts: 3 });
      }
      await exportCheck(page, browser, `png-${ids[0]}`, `${name}-${ids[0]}-${width}`);
    }
  });
}

for (const [label, query] of [['22h', './?compare=TX'], ['16h-count', './?hours=16&measure=count&compare=TX,CA']]) {
  test(`exports at ${label}: chart and map, SVG and PNG, self-contained and nothing overlapping`, async ({ page, browser }) => {
    test.slow();
    await open(page, query);
    await exportCheck(page, browser, 'svg-chart-svg', `chart-${label}`);
    await exportCheck(page, browser, 'svg-map-svg', `map-${label}`);
    await exportCheck(page, browser, 'png-chart-svg', `chart-${label}`);
    await exportCheck(page, browser, 'png-map-svg', `map-${label}`);
  });
}

test('the map keeps one colour scale across definitions and says so', async ({ page }) => {
  await open(page, './');
  const legend = async () => (await page.locator('.map-legend li').allTextContents()).join('|');
  const a = await legend();
  await page.goto('./?stay=1y');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  expect(await legend()).toBe(a);
  await expect(page.locator('.map')).toContainText('same colour scale for every definition');
});

// Sections hold their final height before they render: the page must not grow or shrink under the
// reader once the app has drawn its view. Recorded every frame from the app's first paint of the
// view (<html data-ready>, the explorer's chart drawn for the width it was given) while a reader
// scrolls to the end, a screen at a time. (Before the app starts, the prerendered page draws the
// chart for a 480 px column; on a phone the app then redraws it taller: see issue 15's notes.) Allowed: 2% of
// the page (at most ~170 px at 390 px wide): the report's text arrives after the first paint and
// may add a line or two to a note; a jump of a section (the 1,000–1,900 px the deferred sections
// used to add) fails.
for (const [width, height] of [[1280, 900], [390, 844]]) {
  test(`the explorer holds its height while it settles and while scrolled, ${width}×${height}`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      window.__heights = [];
      const tick = () => {
        const svg = document.querySelector('#chart-svg');
        const fitted = svg && Math.abs(+svg.getAttribute('width') - svg.parentElement.clientWidth) <= 1;
        if (document.documentElement?.dataset.ready === '1' && fitted) window.__heights.push(document.documentElement.scrollHeight);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    for (const url of ['./', './?hours=16&compare=TX,CA']) {
      await page.goto(url);
      await page.waitForTimeout(1500);
      for (let i = 0; i < 40; i++) {
        const end = await page.evaluate(() => { const y = scrollY; scrollBy(0, innerHeight * 0.9); return scrollY === y; });
        await page.waitForTimeout(100);
        if (end) break;
      }
      await page.waitForTimeout(500);
      const hs = await page.evaluate(() => window.__heights);
      const first = hs[0], settled = hs[hs.length - 1];
      const worst = Math.max(...hs.map((h) => Math.abs(h - first)));
      console.log(`${url} at ${width}: first paint ${first}px, settled ${settled}px, largest change ${worst}px`);
      expect(worst, `${url}: page height changes by at most 2%`).toBeLessThanOrEqual(settled * 0.02);
    }
  });
}

// A reader who jumps to the end of a report page or a profile lands at its footer: no section
// waits to be laid out with an estimated height (content-visibility on these pages' sections made
// an End press on the facilities page stop 3,000-4,000 px short of the footer at 390 px; measured
// and left out, see the README).
for (const [width, height] of [[1280, 900], [390, 844]]) {
  test(`one jump to the end of a report page reaches its footer, ${width}×${height}`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    for (const url of ['./length-of-stay/', './facilities/', './race/', './mental-illness/', './about/', './profile/TX/']) {
      await page.goto(url);
      await page.waitForTimeout(300);
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(700);
      const below = await page.evaluate(() => document.querySelector('footer.site-footer').getBoundingClientRect().bottom - innerHeight);
      expect(below, `${url}: the footer is ${below} px below the window after one jump to the end`).toBeLessThanOrEqual(2);
    }
  });
}

// Screenshots of every view at 390 and 1280 px for a reviewer.
for (const width of [390, 1280]) {
  test(`screenshots of every view at ${width}px`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    for (const [name, url] of VIEWS) {
      await open(page, url);
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${name}: height ${h}px at ${width}`);
      await fullScreenshot(page, `e2e/screenshots/phone-${name}-${width}.png`);
    }
  });
}
