// Performance benchmark (issue 8). Not part of the test command: timings on shared machines are noisy.
// Serves dist/ on loopback, drives Debian's Chromium with Playwright, throttles the CPU 4x, and prints
// one figure per line:
//   transfer  - first view, brotli-compressed bytes (WASM + JS + CSS + HTML)
//   fcp       - first contentful paint of the app, and of a plain static HTML page holding the same
//               table (the practical floor), with their ratio, measured in the same run
//   interactive - time until the WASM app has started (hydrated) and marks <html data-ready>
//   toggle    - definition change -> updated DOM (next animation frame), p50/p95 over 200 toggles
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const PORT = 4199;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const base = `http://127.0.0.1:${PORT}/explorer/`;

// The floor: the prerendered page with every script removed (same HTML, same CSS, no WASM).
const html = readFileSync('dist/index.html', 'utf8');
mkdirSync('dist/bench-floor', { recursive: true });
writeFileSync('dist/bench-floor/index.html', html
  .replace(/<script[^>]*><\/script>/g, '')
  .replace(/<link[^>]*rel=modulepreload[^>]*>/g, '')
  .replace(/<link[^>]*as=fetch[^>]*>/g, '')
  .replace(/href=\.\//g, 'href=../'));

const server = spawn('node', ['e2e/serve.mjs', String(PORT), 'dist', '/explorer/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function load(url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fcps = [], floors = [], ready = [];
for (let i = 0; i < RUNS; i++) {
  let { context, page } = await load(base);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  fcps.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
  ready.push(await page.evaluate(() => window.__tic_ready_at));
  await context.close();
  ({ context, page } = await load(`${base}bench-floor/`));
  floors.push(await page.evaluate(() => new Promise((r) => {
    const e = performance.getEntriesByName('first-contentful-paint')[0];
    if (e) r(e.startTime); else new PerformanceObserver((l) => r(l.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
  })));
  await context.close();
}

// Definition toggles, measured in-page. Each toggle starts at a random moment (0-20 ms after the
// previous one settled), as a reader's clicks do: a loop that clicked right after an animation
// frame would always wait a whole frame (16.7 ms at 60 Hz) for the next one, whatever the work.
//   visible - click -> headline and definition panel show the new definition -> next animation frame
//             (sections that are on screen update in the same task; see src/components/settle.rs)
//   settled - click -> every section (chart, map, table; off screen ones catch up after the
//             next frame) shows it -> next animation frame
// Changes are seen by a MutationObserver, in the task that made them.
//   floor   - the same measurement for a one-text-node change on the static page: the frame wait
//             alone, measured in the same run
async function toggles(rate, floor = false) {
  const { context, page } = await load(floor ? `${base}bench-floor/` : base);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (!floor) await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  const times = await page.evaluate(async (floor) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    // A MutationObserver reports the change in the task that made it (a polling timer would wait
    // behind the frame and the deferred sections, and measure its own delay).
    const changed = (test) => new Promise((r) => {
      if (test()) { r(); return; }
      const mo = new MutationObserver(() => { if (test()) { mo.disconnect(); r(); } });
      mo.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-value', 'data-settled'] });
    });
    const total = () => document.querySelector('[data-testid=headline-total]');
    const settled = () => [...document.querySelectorAll('[data-settled]')].every((e) => e.dataset.settled === 'true');
    const radios = ['#hours-20', '#hours-16', '#hours-22'].map((s) => document.querySelector(s));
    const out = { visible: [], settled: [], work: [] };
    for (let i = 0; i < 200; i++) {
      await new Promise((r) => setTimeout(r, Math.random() * 20));
      const before = total().dataset.value;
      const t0 = performance.now();
      const shown = changed(() => total().dataset.value !== before);
      const done = shown.then(() => changed(settled));
      if (floor) total().dataset.value = String(i); else radios[i % 3].click();
      await shown;
      out.work.push(performance.now() - t0);
      await frame();
      out.visible.push(performance.now() - t0);
      if (floor) continue;
      await done;
      await frame();
      out.settled.push(performance.now() - t0);
    }
    return out;
  }, floor);
  await context.close();
  const sort = (xs) => xs.sort((x, y) => x - y);
  return { visible: sort(times.visible), settled: sort(times.settled), work: sort(times.work) };
}
// Heavier paths, reported without a budget: re-sorting the table while it is on screen (the rows
// move), and a definition change on a screen tall enough to show every section at once (nothing
// can wait for a later frame). Same measure: click -> changed in the DOM -> next animation frame.
async function onScreen(rate, { height, scrollTo, buttons, watch }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(base);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  if (scrollTo) await page.locator(scrollTo).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = await page.evaluate(async ({ buttons, watch }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const read = () => document.querySelector(watch)?.textContent;
    const els = buttons.map((s) => document.querySelector(s));
    const out = [];
    for (let i = 0; i < 60; i++) {
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 20));
      const before = read();
      const t0 = performance.now();
      const changed = new Promise((r) => { const mo = new MutationObserver(() => { if (read() !== before) { mo.disconnect(); r(); } }); mo.observe(document.body, { childList: true, subtree: true, characterData: true }); });
      els[i % els.length].click();
      await changed;
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  }, { buttons, watch });
  await context.close();
  return times.sort((x, y) => x - y);
}
const resort = await onScreen(4, { height: 720, scrollTo: '[data-testid=sort-name]', buttons: ['[data-testid=sort-name]', '[data-testid=sort-percent]', '[data-testid=sort-count]'], watch: '[data-testid=results-table] tbody tr' });
const tall = await onScreen(4, { height: 6000, buttons: ['#hours-20', '#hours-16', '#hours-22'], watch: '[data-testid=count-TX]' });

const slow = await toggles(4);
const fast = await toggles(1);
const floorSlow = await toggles(4, true);
await browser.close();
server.kill();

const pct = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const sizes = execFileSync('node', ['scripts/size-check.mjs', 'dist']).toString().split('\n').find((l) => l.startsWith('first-view'));
const fcp = median(fcps), floor = median(floors);
console.log(`transfer: ${sizes}`);
console.log(`fcp (4x CPU throttle, median of ${RUNS}): ${fcp.toFixed(0)} ms (budget 500 ms)`);
console.log(`fcp floor, static HTML of the same table: ${floor.toFixed(0)} ms; ratio app/floor: ${(fcp / floor).toFixed(2)}`);
console.log(`interactive (WASM started, 4x CPU throttle, median): ${median(ready).toFixed(0)} ms (budget 1000 ms)`);
const line = (xs) => `p50 ${pct(xs, 0.5).toFixed(1)} ms, p95 ${pct(xs, 0.95).toFixed(1)} ms`;
console.log(`definition change -> updated view (headline, panel, on-screen sections) -> next frame, 200 toggles, 4x CPU throttle: ${line(slow.visible)} (budget p95 < 16 ms)`);
console.log(`  floor, one text node on the static page, same measurement, 4x: ${line(floorSlow.visible)}; ratio of p95: ${(pct(slow.visible, 0.95) / pct(floorSlow.visible, 0.95)).toFixed(2)}`);
console.log(`  of which the work (click -> new headline in the DOM, before the frame), 4x: ${line(slow.work)}`);
console.log(`  every section settled (chart, map, table) -> next frame, 4x: ${line(slow.settled)}`);
console.log(`table re-sort with the table on screen, 60 clicks, 4x: ${line(resort)} (no budget set)`);
console.log(`definition change with every section on screen (1280x6000), 60 toggles, 4x: ${line(tall)} (no budget set)`);
console.log(`  no throttle: updated view ${line(fast.visible)}; every section settled ${line(fast.settled)}`);
