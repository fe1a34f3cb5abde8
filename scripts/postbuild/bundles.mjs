// Job 1 of the post-build hook: the WASM bundles other than the explorer's (which Trunk builds from
// src/main.rs): one per group of pages (survey::url::Bundle; src/bin/<name>.rs), built by one cargo
// call (the dependencies compile once) and each written under a content-hashed name.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { hash } from './hash.mjs';
import { finishBundle } from './shorten.mjs';

/** A bundle's files' base name, `<name>-<hash>`, from their final content: the JS glue and the
 * WASM are a pair, so a change to either names both anew. */
export function bundleBase(name, js, wasm) {
  return `${name}-${hash(Buffer.concat([js, wasm]))}`;
}

/** The bundles and which one each `view=` value loads, from the Rust list (survey::url::Bundle), via
 * `time-in-cell bundles`: `{ bundles: [names, the explorer's first], pages: { token: name },
 * parts: { token: [parts of the report's text its page renders with] } }`. */
export function bundleManifest() {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'time-in-cell', '--', 'bundles'], { encoding: 'utf8' }).trim();
  return checkManifest(JSON.parse(out));
}

/** Throws unless `m` is a manifest whose every page names one of its bundles. */
export function checkManifest(m) {
  if (!Array.isArray(m.bundles) || m.bundles.length < 1 || !m.bundles.every((b) => /^[a-z][a-z-]*$/.test(b))) {
    throw new Error(`unexpected bundle list: ${JSON.stringify(m.bundles)}`);
  }
  for (const [token, b] of Object.entries(m.pages ?? {})) {
    if (!/^[a-z-]*$/.test(token) || !m.bundles.includes(b)) throw new Error(`page ${token} names no bundle: ${b}`);
  }
  if (m.pages?.[''] !== m.bundles[0]) throw new Error('the site root must load the first bundle');
  for (const [token, parts] of Object.entries(m.parts ?? {})) {
    if (!Object.hasOwn(m.pages, token) || !Array.isArray(parts)) throw new Error(`parts for an unknown page ${token}: ${JSON.stringify(parts)}`);
  }
  return m;
}

/** Builds the bundles `names` (binaries of src/bin/) into `dir`; returns `{ name: base }` with each
 * base name `<name>-<hash>` and the WASM sizes. */
export async function buildBundles(dir, names, { release, offline }) {
  if (!names.length) return { files: {}, bytes: {} };
  const cargoArgs = ['build', '--quiet', '--target', 'wasm32-unknown-unknown', ...names.flatMap((n) => ['--bin', n])];
  if (release) cargoArgs.push('--release');
  if (offline) cargoArgs.push('--offline');
  execFileSync('cargo', cargoArgs, { stdio: 'inherit' });
  const run = promisify(execFile);
  const files = {};
  const bytes = {};
  // wasm-opt is single-threaded per module: the bundles are optimised side by side.
  await Promise.all(names.map(async (n) => {
    const tmp = mkdtempSync(join(tmpdir(), `${n}-`));
    await run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', n,
      join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${n}.wasm`)]);
    const wasm = join(tmp, `${n}_bg.wasm`);
    // --reorder-functions puts the most-called functions first, which brotli compresses better
    // (2 Dec, first visits: profile -0.6 kB, lab -0.6, report -0.7, people -1.1 kB brotli; explorer
    // -19 B, claims +143 B; other passes tried, --gufa, -O4, --merge-similar-functions, gained
    // under 0.1 kB or lost).
    if (release) await run('wasm-opt', ['-Oz', '--converge', '--reorder-functions', wasm, '-o', wasm], { maxBuffer: 1 << 26 });
    let js = readFileSync(join(tmp, `${n}.js`));
    let bin = readFileSync(wasm);
    if (release) ({ js, wasm: bin } = await finishBundle(js, bin));
    const base = bundleBase(n, js, bin);
    writeFileSync(join(dir, `${base}.js`), js);
    writeFileSync(join(dir, `${base}_bg.wasm`), bin);
    files[n] = base;
    bytes[n] = bin.length;
  }));
  return { files, bytes };
}
