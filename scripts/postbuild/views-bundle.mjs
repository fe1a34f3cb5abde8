// Job 1 of the post-build hook: the second WASM bundle, "views" (every page; src/bin/views.rs),
// built next to Trunk's first-view bundle (explorer and profiles; src/main.rs) and written under a
// content-hashed name.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { hash } from './hash.mjs';

/** Builds the views bundle into `dir`; returns its base name (`views-<hash>`). */
export function buildViews(dir, { release, offline }) {
  const cargoArgs = ['build', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'views'];
  if (release) cargoArgs.push('--release');
  if (offline) cargoArgs.push('--offline');
  execFileSync('cargo', cargoArgs, { stdio: 'inherit' });
  const tmp = mkdtempSync(join(tmpdir(), 'views-'));
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', 'views',
    `target/wasm32-unknown-unknown/${release ? 'release' : 'debug'}/views.wasm`], { stdio: 'inherit' });
  const wasm = join(tmp, 'views_bg.wasm');
  if (release) execFileSync('wasm-opt', ['-Oz', '--converge', wasm, '-o', wasm], { stdio: 'inherit' });
  const js = readFileSync(join(tmp, 'views.js'));
  const bin = readFileSync(wasm);
  const name = `views-${hash(Buffer.concat([js, bin]))}`;
  writeFileSync(join(dir, `${name}.js`), js);
  writeFileSync(join(dir, `${name}_bg.wasm`), bin);
  return { name, bytes: bin.length };
}
