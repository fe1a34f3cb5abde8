// Lighthouse (mobile, its default: simulated slow 4G and 4x CPU) against the release build served
// with brotli on loopback, for the explorer, a profile and two report views. Not part of the test
// command (scores on shared machines are noisy). Lighthouse is not a project dependency (it is large
// and wants a newer Node from 13 on): point LIGHTHOUSE at its CLI, e.g. after
//   npm i --prefix /tmp/lh -E lighthouse@12.2.3
//   LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse node scripts/lighthouse.mjs
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.LH_PORT ?? 4198);
const cli = process.env.LIGHTHOUSE ?? 'lighthouse';
const base = `http://127.0.0.1:${PORT}/explorer/`;
const VIEWS = (process.env.LH_VIEWS ?? 'explorer=./,profile=./profile/TX/,stay=./length-of-stay/,reforms=./reforms/')
  .split(',').map((s) => s.split(/=(.*)/s).slice(0, 2));
// LH_DIST serves another build (e.g. a copy of an earlier one, for a before/after table); LH_OUT
// keeps the reports (JSON) for reading their audits.
const server = spawn('node', ['e2e/serve.mjs', String(PORT), process.env.LH_DIST ?? 'dist', '/explorer/', '--brotli'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const out = process.env.LH_OUT ?? mkdtempSync(join(tmpdir(), 'lh-'));
mkdirSync(out, { recursive: true });
// Warm the server's compressed copies (a host serves precompressed files): every file once.
const walk = (dir, rel = '') => readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]);
for (const f of walk(process.env.LH_DIST ?? 'dist')) {
  await fetch(new URL(f.replace(/index\.html$/, ''), base), { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
}
const rows = [];
try {
  for (const [name, url] of VIEWS) {
    const file = join(out, `${name}.json`);
    execFileSync(cli, [new URL(url, base).href, '--only-categories=performance', '--output=json', `--output-path=${file}`, '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu'], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    const r = JSON.parse(readFileSync(file, 'utf8'));
    const a = (id) => r.audits[id]?.numericValue;
    rows.push({ name, score: Math.round(r.categories.performance.score * 100), fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'), tbt: a('total-blocking-time'), cls: a('cumulative-layout-shift'), si: a('speed-index') });
  }
} finally {
  server.kill();
}
console.log('| view | performance | FCP | LCP | TBT | CLS | Speed Index |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.score} | ${(r.fcp / 1000).toFixed(1)} s | ${(r.lcp / 1000).toFixed(1)} s | ${r.tbt.toFixed(0)} ms | ${r.cls.toFixed(3)} | ${(r.si / 1000).toFixed(1)} s |`);
