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

// Definition toggles, measured in-page: click -> DOM shows the new total -> next animation frame.
async function toggles(rate) {
  const { context, page } = await load(base);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  const times = await page.evaluate(async () => {
    const radios = ['#hours-20', '#hours-16', '#hours-22'].map((s) => document.querySelector(s));
    const out = [];
    for (let i = 0; i < 200; i++) {
      const before = document.querySelector('[data-testid=headline-total]').dataset.value;
      const t0 = performance.now();
      radios[i % 3].click();
      await new Promise((r) => {
        const check = () => (document.querySelector('[data-testid=headline-total]').dataset.value !== before ? requestAnimationFrame(() => r()) : setTimeout(check, 0));
        check();
      });
      out.push(performance.now() - t0);
    }
    return out;
  });
  await context.close();
  return times.sort((x, y) => x - y);
}
const slow = await toggles(4);
const fast = await toggles(1);
await browser.close();
server.kill();

const pct = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const sizes = execFileSync('node', ['scripts/size-check.mjs', 'dist']).toString().split('\n').find((l) => l.startsWith('first-view'));
const fcp = median(fcps), floor = median(floors);
console.log(`transfer: ${sizes}`);
console.log(`fcp (4x CPU throttle, median of ${RUNS}): ${fcp.toFixed(0)} ms (budget 500 ms)`);
console.log(`fcp floor, static HTML of the same table: ${floor.toFixed(0)} ms; ratio app/floor: ${(fcp / floor).toFixed(2)}`);
console.log(`interactive (WASM started, 4x CPU throttle, median): ${median(ready).toFixed(0)} ms (budget 1000 ms)`);
console.log(`definition change -> updated DOM, 200 toggles, 4x CPU throttle: p50 ${pct(slow, 0.5).toFixed(1)} ms, p95 ${pct(slow, 0.95).toFixed(1)} ms (budget p95 < 16 ms)`);
console.log(`definition change -> updated DOM, 200 toggles, no throttle:  p50 ${pct(fast, 0.5).toFixed(1)} ms, p95 ${pct(fast, 0.95).toFixed(1)} ms`);
