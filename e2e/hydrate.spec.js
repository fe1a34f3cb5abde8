// Issue 13: every document is hydrated where it was built for its address — the explorer at the
// root, each page in its folder, each profile in its own — first screen first, the parts below it
// one per task (src/platform/later.rs). Hydration adopts the server's DOM instead of rendering it
// again, so the tree the browser builds must be the one the build wrote: a difference in structure
// stops the app (Yew panics), a difference in text is silently rewritten. This visits every
// document, lets the app start, and compares the page's words with the document as served.
import { test, expect, scrollThrough } from './fixtures.js';

const PAGES = ['', 'length-of-stay/', 'men-women/', 'race/', 'age/', 'mental-illness/', 'pregnancy/',
  'facilities/', 'reforms/', 'audit/', 'claim-check/', 'lab/', 'about/'];

/** The words of `#content` (whitespace collapsed), from the live page or a served document,
 * without what is laid out for the width measured after start-up (charts and the map's notes,
 * drawn at a default width on the server). */
const words = (root) => {
  const content = root.querySelector('#content')?.cloneNode(true);
  if (!content) return '';
  content.querySelectorAll('svg, .map-note').forEach((e) => e.remove());
  return content.textContent.replace(/\s+/g, ' ').trim();
};

async function check(page, request, address) {
  const served = await (await request.get(address)).text();
  await page.goto(address);
  // The app started by hydrating: the prerendered nodes are still the page's (a render afresh
  // would have replaced them). The heading is marked before start-up and checked after it.
  const live = await page.evaluate(([html, fn]) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const f = new Function('root', `return (${fn})(root)`);
    // Permalinks are written relative on the server and absolute in the browser.
    const site = new URL('.', document.baseURI).href;
    return { served: f(doc), live: f(document).split(site).join(''), crashed: !!document.querySelector('[data-testid=crash]') };
  }, [served, words.toString()]);
  expect(live.crashed, 'the app crashed').toBe(false);
  expect(live.live.length).toBeGreaterThan(0);
  expect(live.live, `${address || 'the root'}: the words after start-up differ from the served document`).toBe(live.served);
}

test('every page document hydrates to the page it was built with', async ({ page, request }) => {
  test.setTimeout(180_000);
  for (const p of PAGES) await check(page, request, `./${p}`);
});

test('every profile document hydrates to the profile it was built with', async ({ page, request }) => {
  test.setTimeout(300_000);
  const codes = await page.goto('./').then(() => page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=results-table] tr[data-code]')].map((r) => r.dataset.code)));
  expect(codes.length).toBe(53);
  for (const c of codes) await check(page, request, `./profile/${c}/`);
});

test('the prerendered nodes stay: start-up hydrates them instead of replacing them', async ({ page }) => {
  for (const address of ['./', './reforms/', './profile/TX/']) {
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    // page.goto waits for <html data-ready>: navigate, mark the heading meanwhile, then let the
    // WASM in.
    const nav = page.goto(address);
    await page.waitForFunction(() => document.querySelector('#content h1'));
    await page.evaluate(() => { document.querySelector('#content h1').dataset.before = '1'; });
    release();
    await nav;
    // The first screen (the heading) is the server's node itself.
    expect(await page.locator('#content h1[data-before="1"]').count(), `${address}: heading replaced`).toBe(1);
    await page.unrouteAll();
  }
});

test('parts hydrated later are the server\'s nodes too: hydrated in place, never swapped for copies', async ({ page }) => {
  // Each address with elements inside parts that hydrate after the first screen
  // (src/platform/later.rs), some inside a part nested in another.
  const PARTS = {
    './': ['[data-testid=results-table]', '[data-testid=results-table] tbody tr', '.definition-panel'],
    './length-of-stay/': ['[data-testid=stay-table]', '[data-testid=classification-table]'],
    './reforms/': ['[data-testid=reforms-table]', '[data-testid=profiled-card]'],
    './profile/TX/': ['#defs-heading', '[aria-label="Counts by definition"] table'],
  };
  for (const [address, selectors] of Object.entries(PARTS)) {
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    const nav = page.goto(address);
    await page.waitForFunction(() => document.querySelector('#content h1'));
    // Every element the server sent.
    await page.evaluate(() => { window.__server = new Set(document.querySelectorAll('#content *')); });
    release();
    await nav;
    for (const sel of selectors) {
      const found = await page.evaluate((s) => {
        const all = [...document.querySelectorAll(s)];
        return { count: all.length, server: all.filter((e) => window.__server.has(e)).length };
      }, sel);
      expect(found.count, `${address}: nothing matches ${sel}`).toBeGreaterThan(0);
      expect(found.server, `${address}: ${sel} was replaced while the page started`).toBe(found.count);
    }
    await page.unrouteAll();
  }
});

// Hydration records each element's attributes without writing them again: the server wrote them
// from the same virtual DOM (vendor/yew/PATCHED.md). So a started page must equal the same view
// rendered afresh by the client — any attribute the client would draw differently from the
// server would otherwise stay as the server wrote it. A query (`?hours=22`, the default) makes
// start-up render instead of hydrate (src/lib.rs), so the two loads differ only in how they began.
/** `#app` as a list of lines: each element with its attributes (sorted), each non-blank text.
 * Form controls' state is read from their properties (the server writes `checked` and `value` as
 * attributes; the client sets the properties). */
const tree = () => {
  const out = [];
  const walk = (n, depth) => {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.data.replace(/\s+/g, ' ').trim();
      if (t) out.push(`${' '.repeat(depth)}"${t}"`);
      return;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) return;
    const attrs = [...n.attributes].filter((a) => !(n.localName === 'input' && ['checked', 'value'].includes(a.name)))
      .map((a) => `${a.name}=${a.value}`).sort();
    if (n.localName === 'input') attrs.push(`(checked ${n.checked}, value ${n.value})`);
    out.push(`${' '.repeat(depth)}<${n.localName} ${attrs.join(' ')}>`);
    for (const c of n.childNodes) walk(c, depth + 1);
  };
  walk(document.getElementById('app'), 0);
  return out;
};

test('a started page equals the same view rendered afresh: hydration leaves no attribute as the server wrote it if the client would not', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const address of ['./', './length-of-stay/', './reforms/', './race/', './profile/TX/', './lab/', './claim-check/']) {
    const settled = async (url) => {
      await page.goto(url);
      // Charts are drawn again at their measured width after start-up, as they come within a
      // screen of the visible part (src/components/measure.rs): the page is read through once, as
      // a reader scrolls it. Sections catch up a frame at a time.
      await scrollThrough(page);
      await page.waitForFunction(() => !document.querySelector('[data-settled=false], [aria-busy=true]'));
      await page.waitForTimeout(300);
      return page.evaluate(`(${tree.toString()})()`);
    };
    const hydrated = await settled(address);
    const rendered = await settled(`${address}?hours=22`);
    expect(hydrated.length, `${address}: nothing on the page`).toBeGreaterThan(50);
    const first = hydrated.findIndex((line, i) => line !== rendered[i]);
    expect(first === -1 && hydrated.length === rendered.length ? 'same' :
      `${address}: line ${first}: hydrated ${hydrated[first]} / rendered ${rendered[first]}`).toBe('same');
  }
});

// A chart is drawn again at its measured width after start-up only once it comes within a screen
// of the visible part of the page (src/components/measure.rs): on a phone the explorer's chart
// starts nearly three screens down, and drawing it was start-up's longest task.
test('a chart far below the first screen is measured as the reader nears it, one near it at once', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await page.waitForTimeout(500);
  // Still the server's drawing: both layouts, the stylesheet showing the phone's.
  await expect(page.locator('[data-testid=bar-chart-fit-narrow]')).toHaveCount(1);
  await expect(page.locator('[data-testid=bar-chart]')).toHaveCount(0);
  // Scrolled to a screen above it, it is drawn for the width it has, before it shows. (Its section
  // is skipped by the browser until near, `content-visibility: auto`: the position of the
  // section's box is known, the chart's inside it not until the section is drawn.)
  await page.evaluate(() => window.scrollTo(0, document.querySelector('section.chart').getBoundingClientRect().top + window.scrollY - 2 * window.innerHeight + 40));
  const chart = page.locator('[data-testid=bar-chart]');
  await expect(chart).toHaveCount(1);
  await expect(page.locator('[data-testid=bar-chart-fit-narrow]')).toHaveCount(0);
  const [drawn, frame] = await page.evaluate(() => [
    Number(document.querySelector('[data-testid=bar-chart]').getAttribute('width')),
    document.querySelector('.chart-frame').clientWidth]);
  expect(Math.abs(drawn - frame), `drawn at ${drawn} px in a ${frame} px frame`).toBeLessThanOrEqual(2);
  // On a desktop the chart is within a screen of the first one: measured at start-up.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await expect(page.locator('[data-testid=bar-chart]')).toHaveCount(1);
});

// Until a chart is measured the server draws both of its layouts and the stylesheet shows one
// (charts::fitted). The browser keeps only the one its window shows: the other is removed before
// hydration (src/platform/fit.rs), so start-up adopts one chart, not two, and a render before the
// chart is measured (a definition change on a phone) draws one.
test('before a chart is measured the page holds only the layout the window shows', async ({ page }) => {
  const layouts = () => page.evaluate(() => ({
    narrow: document.querySelectorAll('svg.fitted.fit-narrow').length,
    wide: document.querySelectorAll('svg.fitted.fit-wide').length,
    charts: document.querySelectorAll('.chart-part svg.fitted').length,
  }));
  for (const [width, shown, other, charts] of [[390, 'narrow', 'wide', 3], [1280, 'wide', 'narrow', 3]]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('./length-of-stay/');
    const got = await layouts();
    expect(got[other], `${width} px: the ${other} layouts left in the page`).toBe(0);
    // One drawing per chart: the layout shown, or the chart at its measured width (one near the
    // first screen is measured at once).
    expect(got.charts, `${width} px: charts drawn`).toBe(charts);
    expect(got[shown], `${width} px: ${shown} layouts`).toBeGreaterThan(0);
  }
  // The explorer on a phone: its chart is three screens down, not measured yet.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  expect(await layouts()).toEqual({ narrow: 1, wide: 0, charts: 0 });
  await page.getByRole('radio', { name: '16 hours or more' }).check();
  await expect(page.getByTestId('headline')).toContainText('83,897');
  await page.waitForFunction(() => !document.querySelector('[data-settled=false], [aria-busy=true]'));
  // Drawn once: still the phone layout, or at its measured width.
  const after = await layouts();
  expect(after.wide).toBe(0);
  expect(after.narrow + await page.locator('[data-testid=bar-chart]').count()).toBe(1);
  await expect(page.locator('[data-testid^=bar-chart] desc')).toContainText('Louisiana');
});

// If the stylesheet does not load, it hides no layout: nothing is removed and start-up hydrates
// both layouts as the server drew them (drawing one would not match the page: Yew would panic).
test('without the stylesheet the page still starts, with both layouts of a chart', async ({ page }) => {
  // The document as served, less its stylesheet link (a failed request would be a console error).
  await page.route(/length-of-stay\/$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<link[^>]*rel=stylesheet[^>]*>/, '');
    await route.fulfill({ response, body });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./length-of-stay/');
  await expect(page.locator('[data-testid=crash]')).toHaveCount(0);
  expect(await page.locator('svg.fitted.fit-wide').count()).toBeGreaterThan(0);
  expect(await page.locator('svg.fitted.fit-narrow').count()).toBeGreaterThan(0);
});
