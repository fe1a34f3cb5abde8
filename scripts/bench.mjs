// Performance benchmark (issues 8 and 13). Not part of the test command: timings on shared machines
// are noisy. Serves dist/ on loopback under /explorer/, drives Debian's Chromium with Playwright at 4x
// CPU throttle (CDP Emulation.setCPUThrottlingRate) and prints two tables, each app figure beside its
// static floor measured in the same run:
//
// 1. Loads, for the explorer and other views (cache off, service worker blocked, median of RUNS):
//    transfer (brotli bytes of every file the page fetched until interactive), FCP, LCP, CLS, the
//    longest task from navigation until 400 ms after interactive (<html data-ready>), the most
//    script and the most style and layout any one long frame held in that time (Long Animation
//    Frames: what the app's code costs apart from the browser's layout of the page), and
//    interactive itself.
//    The floor of a view is that view's own rendered DOM saved as a static page (same CSS, no script).
// 2. Interactions on the explorer at 1280x6000 (every section on screen), 1280x800 and 390x844:
//    definition changes, sorts and pins, measured the way the web measures responsiveness — Event
//    Timing's `duration` (what INP reports: input to the next paint), the longest entry of each
//    interaction (PerformanceObserver type 'event', durationThreshold 16, grouped by interactionId).
//    Clicks are real input (CDP), not element.click(), which Event Timing does not count. An
//    interaction with no entry took under 16 ms (the threshold) and is counted as 16. The floor is the
//    same clicks on the explorer's static page (radios toggle, buttons paint their focus ring).
//
// Usage: node scripts/bench.mjs   (env BENCH_RUNS=3 loads per view, BENCH_N=30 clicks per kind,
//        BENCH_JSON=path writes the numbers as JSON too, BENCH_VIEWS=none skips the loads, BENCH_N=0
//        the interactions, BENCH_DIST=dir measures another build)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const PORT = Number(process.env.BENCH_PORT ?? 4199);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const N = Number(process.env.BENCH_N ?? 30);
const RATE = 4;
const base = `http://127.0.0.1:${PORT}/explorer/`;
// Views timed on load: the explorer, two report views and a profile. Addresses are relative to base.
const VIEWS = (process.env.BENCH_VIEWS ?? 'explorer=./,stay=./length-of-stay/,reforms=./reforms/,profile=./profile/TX/')
  .split(',').filter((s) => s.includes('=')).map((s) => s.split(/=(.*)/s).slice(0, 2)); // BENCH_VIEWS=none: interactions only
// BENCH_N=0: loads only. BENCH_DIST: another build (e.g. a copy of an earlier one, for before/after).
const SIZES = N > 0 ? [[1280, 6000], [1280, 800], [390, 844]] : [];
const DIST = process.env.BENCH_DIST ?? 'dist';

const server = spawn('node', ['e2e/serve.mjs', String(PORT), DIST, '/explorer/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Brotli size of a served file (what a compressing host would send), by URL.
const brCache = new Map();
function brotliOf(url) {
  const u = new URL(url);
  if (!u.pathname.startsWith('/explorer/')) return 0;
  let file = join(DIST, decodeURIComponent(u.pathname.slice('/explorer/'.length)));
  if (!existsSync(file)) return 0;
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!brCache.has(file)) {
    brCache.set(file, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return brCache.get(file);
}

// Observers installed before any page script: paints, layout shifts and long tasks.
const OBSERVE = () => {
  const m = (window.__bench = { lcp: 0, shifts: [], tasks: [], frames: [], events: [] });
  const obs = (type, f, extra = {}) => { try { new PerformanceObserver((l) => l.getEntries().forEach(f)).observe({ type, buffered: true, ...extra }); } catch { /* unsupported */ } };
  obs('largest-contentful-paint', (e) => { m.lcp = e.startTime; });
  obs('layout-shift', (e) => { if (!e.hadRecentInput) m.shifts.push([e.startTime, e.value]); });
  obs('longtask', (e) => m.tasks.push([e.startTime, e.duration]));
  // What a long task is made of (Long Animation Frames): the scripts it ran (each over 5 ms) and
  // its rendering's style and layout.
  obs('long-animation-frame', (e) => m.frames.push([e.scripts.reduce((a, s) => a + s.duration, 0),
    e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0]));
  obs('event', (e) => { if (e.interactionId) m.events.push([e.interactionId, e.name, e.duration, e.startTime]); }, { durationThreshold: 16 });
  // Until every section shows the change: sections that follow a click after its paint
  // (src/platform/settle.rs) flip data-settled back to "true"; the time is taken after the next
  // frame, when that update has been painted.
  addEventListener('pointerdown', () => { m.down = performance.now(); m.settled = m.down; }, true);
  addEventListener('DOMContentLoaded', () => new MutationObserver((rs) => {
    if (rs.some((r) => r.target.getAttribute('data-settled') === 'true')) {
      requestAnimationFrame(() => setTimeout(() => { m.settled = performance.now(); }));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-settled'] }));
};

// CLS as the web defines it: the largest session window (gaps under 1 s, windows up to 5 s).
function cls(shifts) {
  let best = 0, cur = 0, start = -Infinity, last = -Infinity;
  for (const [t, v] of shifts) {
    if (t - last > 1000 || t - start > 5000) { cur = 0; start = t; }
    cur += v; last = t; best = Math.max(best, cur);
  }
  return best;
}

async function open(url, { width = 412, height = 823, floor = false } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const fetched = [];
  page.on('response', (r) => fetched.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url, { waitUntil: 'load' });
  let ready = NaN;
  if (!floor) {
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60000 });
    ready = await page.evaluate(() => window.__tic_ready_at ?? NaN);
  }
  await page.waitForTimeout(400); // let LCP, layout shifts and the last long task arrive
  return { context, page, fetched, ready, errors };
}

async function loadMetrics(url, floor) {
  const { context, page, fetched, ready, errors } = await open(url, { floor });
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__bench.lcp, shifts: window.__bench.shifts, tasks: window.__bench.tasks, frames: window.__bench.frames,
  }));
  // Every task from navigation until 400 ms after interactive: work start-up leaves for after
  // the last part has hydrated (a chart drawn again at its measured width) counts too.
  const longest = Math.max(0, ...m.tasks.map(([, d]) => d));
  // The most script, and the most style and layout, any one long frame held: the first is the
  // app's to cut, the second mostly the browser's first layout of the page as built (its static
  // floor has it too).
  const script = Math.max(0, ...m.frames.map(([s]) => s));
  const layout = Math.max(0, ...m.frames.map(([, l]) => l));
  const transfer = [...new Set(fetched)].reduce((a, u) => a + brotliOf(u), 0);
  await context.close();
  return { transfer, fcp: m.fcp, lcp: m.lcp, cls: cls(m.shifts), longest, script, layout, ready, errors };
}

// The static floor of a view: its DOM once interactive, scripts removed, saved next to index.html
// (so its relative URLs resolve the same).
async function saveFloor(name, url) {
  const { context, page } = await open(url, { width: 1280, height: 800 });
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel=modulepreload], link[as=fetch]').forEach((e) => e.remove());
    doc.removeAttribute('data-ready');
    return `<!DOCTYPE html>\n${doc.outerHTML}`;
  });
  await context.close();
  const file = `bench-floor-${name}.html`;
  writeFileSync(join(DIST, file), html);
  return `./${file}`;
}

const median = (xs) => { const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const pct = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

// 1. Loads.
const loads = [];
for (const [name, url] of VIEWS) {
  const floorUrl = await saveFloor(name, new URL(url, base).href);
  const app = [], floor = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await loadMetrics(new URL(url, base).href, false));
    floor.push(await loadMetrics(new URL(floorUrl, base).href, true));
  }
  const med = (xs, k) => median(xs.map((x) => x[k]));
  const row = (xs) => ({ transfer: med(xs, 'transfer'), fcp: med(xs, 'fcp'), lcp: med(xs, 'lcp'), cls: med(xs, 'cls'), longest: med(xs, 'longest'), script: med(xs, 'script'), layout: med(xs, 'layout'), ready: med(xs, 'ready') });
  loads.push({ name, url, app: row(app), floor: row(floor), errors: [...new Set(app.flatMap((x) => x.errors))] });
}

// 2. Interactions. Each kind is a list of locators clicked in turn; `settle` waits between clicks
// (a reader's pause) so each click is its own interaction.
const KINDS = [
  ['definition', ['#hours-20', '#hours-16', '#hours-22']],
  ['sort', ['[data-testid=sort-name]', '[data-testid=sort-percent]', '[data-testid=sort-count]']],
  ['pin', ['[data-testid=results-table] tbody tr[data-code=TX] button.pin', '[data-testid=results-table] tbody tr[data-code=TX] button.pin',
    '[data-testid=results-table] tbody tr[data-code=NY] button.pin', '[data-testid=results-table] tbody tr[data-code=NY] button.pin']],
];
async function interactions(url, [width, height], floor) {
  const { context, page, errors } = await open(url, { width, height, floor });
  const out = {};
  for (const [kind, selectors] of KINDS) {
    await page.locator(selectors[0]).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const times = [], settled = [];
    for (let i = 0; i < N; i++) {
      const before = await page.evaluate(() => window.__bench.events.length);
      await page.locator(selectors[i % selectors.length]).first().click();
      // Event Timing entries arrive after the paint that ends the interaction.
      await page.waitForTimeout(250 + Math.random() * 100);
      const entries = await page.evaluate((n) => window.__bench.events.slice(n), before);
      const byId = new Map();
      for (const [id, , d] of entries) byId.set(id, Math.max(byId.get(id) ?? 0, d));
      const d = byId.size ? Math.max(...byId.values()) : 16;
      times.push(d);
      settled.push(Math.max(d, await page.evaluate(() => (window.__bench.settled ?? 0) - (window.__bench.down ?? 0))));
    }
    out[kind] = times;
    out[`${kind}:settled`] = settled;
  }
  await context.close();
  return { out, errors };
}

const inter = [];
const explorerFloor = './bench-floor-explorer.html';
if (SIZES.length && !existsSync(join(DIST, 'bench-floor-explorer.html'))) await saveFloor('explorer', base);
for (const size of SIZES) {
  const app = await interactions(base, size, false);
  const floor = await interactions(new URL(explorerFloor, base).href, size, true);
  inter.push({ size: size.join('x'), app: app.out, floor: floor.out, errors: app.errors });
}
await browser.close();
server.kill();

// Report.
const ms = (x) => Number.isNaN(x) ? '—' : `${x.toFixed(0)} ms`;
const kb = (x) => `${(x / 1000).toFixed(1)} kB`;
console.log(`\nLoads at ${RATE}x CPU throttle, loopback, cache off, median of ${RUNS} (app / static floor of the same view):`);
console.log('| view | transfer (brotli) | FCP | LCP | CLS | longest task | most script in a frame | most style and layout in a frame | interactive |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const l of loads) {
  console.log(`| ${l.name} | ${kb(l.app.transfer)} / ${kb(l.floor.transfer)} | ${ms(l.app.fcp)} / ${ms(l.floor.fcp)} | ${ms(l.app.lcp)} / ${ms(l.floor.lcp)} | ${l.app.cls.toFixed(3)} / ${l.floor.cls.toFixed(3)} | ${ms(l.app.longest)} / ${ms(l.floor.longest)} | ${ms(l.app.script)} / ${ms(l.floor.script)} | ${ms(l.app.layout)} / ${ms(l.floor.layout)} | ${ms(l.app.ready)} |`);
}
console.log(`\nInteractions on the explorer at ${RATE}x, Event Timing duration (input to next paint), ${N} per kind, p50 / p95 in ms (app | static floor); budget p95 ≤ 50 at 1280x6000, ≤ 32 otherwise:`);
console.log('| screen | definition change | sort | pin |');
console.log('|---|---|---|---|');
const pp = (xs) => `${pct(xs, 0.5).toFixed(0)} / ${pct(xs, 0.95).toFixed(0)}`;
for (const r of inter) {
  console.log(`| ${r.size} | ${KINDS.map(([k]) => `${pp(r.app[k])} \\| ${pp(r.floor[k])}`).join(' | ')} |`);
}
console.log(`\nUntil every section shows the change (from the click to the frame after the last section's update), p50 / p95 in ms (app | static floor):`);
console.log('| screen | definition change | sort | pin |');
console.log('|---|---|---|---|');
for (const r of inter) {
  console.log(`| ${r.size} | ${KINDS.map(([k]) => `${pp(r.app[`${k}:settled`])} \\| ${pp(r.floor[`${k}:settled`])}`).join(' | ')} |`);
}
const errs = [...loads.flatMap((l) => l.errors), ...inter.flatMap((r) => r.errors)];
if (errs.length) console.log(`\npage errors during the run: ${[...new Set(errs)].join('; ')}`);
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ at: new Date().toISOString(), loads, inter }, null, 1));
