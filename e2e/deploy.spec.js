// Issue 13: deploys never mix. A reader who visited build A comes back after build B is deployed and
// gets B whole — never A's page with B's code, never a broken page — and B's worker alone.
//
// Build B is made from the release build (dist/) the way a real rebuild differs: every content-hashed
// file gets a new name (so A's names are gone from the server), the page says which build it is, and
// the service worker has a new version. Both builds are served in turn from one address by a second
// server whose root is a symlink switched from A to B.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, renameSync, symlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.PW_PORT ?? 4173) + 20;
const base = `http://127.0.0.1:${port}/explorer/`;

const files = (dir, rel = '') => readdirSync(join(dir, rel)).flatMap((f) => {
  const p = rel ? `${rel}/${f}` : f;
  return statSync(join(dir, p)).isDirectory() ? files(dir, p) : [p];
});

/** Waits until the server at `url` answers (it starts in its own process; a fixed wait was flaky on a
 * loaded machine). */
async function listening(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url} after 20 s`);
}

/** A copy of dist/ as build `name`: hashed names changed, a build marker in every page, new sw version. */
function makeBuild(root, name, rehash) {
  const dir = join(root, name);
  cpSync('dist', dir, { recursive: true });
  const renames = new Map();
  if (rehash) {
    for (const f of files(dir)) {
      const m = f.match(/-([0-9a-f]{16})(_bg)?\.(js|wasm|css|png|svg)$/);
      if (m) renames.set(f, f.replace(m[1], m[1].split('').reverse().join('')));
    }
  }
  const rewrite = (s) => {
    for (const [from, to] of renames) s = s.split(from.split('/').pop()).join(to.split('/').pop());
    return s;
  };
  for (const f of files(dir)) {
    if (!/\.(html|js)$/.test(f)) continue;
    let s = rewrite(readFileSync(join(dir, f), 'utf8'));
    if (f.endsWith('.html')) s = s.replace(/<meta charset="?utf-8"?>/i, (m) => `${m}<meta name="build" content="${name}">`);
    if (f === 'sw.js') s = s.replace(/time-in-cell-([0-9a-f]+)'/, `time-in-cell-$1${name}'`);
    writeFileSync(join(dir, f), s);
  }
  for (const [from, to] of renames) renameSync(join(dir, from), join(dir, to));
  return dir;
}

test('a reader of build A who returns after build B gets B whole, and B\'s worker alone', async ({ browser }) => {
  test.slow();
  const root = mkdtempSync(join(tmpdir(), 'deploy-'));
  const a = makeBuild(root, 'A', false);
  const b = makeBuild(root, 'B', true);
  const site = join(root, 'site');
  symlinkSync(a, site);
  const server = spawn('node', ['e2e/serve.mjs', String(port), site, '/explorer/'], { stdio: 'ignore' });
  try {
    await listening(base);
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    const build = () => page.locator('meta[name=build]').getAttribute('content');
    const ready = () => page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30_000 });
    const cacheOf = (name) => page.waitForFunction(async (n) => {
      const keys = (await caches.keys()).filter((k) => k.startsWith('time-in-cell-'));
      return keys.length === 1 && keys[0].endsWith(n);
    }, name, { timeout: 30_000 });

    // Visit A until its worker controls the page and holds A.
    await page.goto(base);
    await ready();
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await ready();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await build()).toBe('A');

    // Deploy B; the reader reloads: B, whole and working.
    rmSync(site);
    symlinkSync(b, site);
    await page.reload();
    await ready();
    expect(await build()).toBe('B');
    await expect(page.getByTestId('headline-total')).toHaveText('67,442');
    await page.getByRole('radio', { name: '16 hours or more' }).check();
    await expect(page.getByTestId('headline-total')).toHaveText('83,897');

    // B's worker takes over and keeps B alone (A's cache is gone).
    await cacheOf('B');
    // Not yet checked here: the next visit offline. In this test Chromium showed A's page offline
    // although only B's cache was left (issue 13, open).
    await context.close();
    expect(problems).toEqual([]);
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});
