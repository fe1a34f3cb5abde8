// Trunk post-build hook (runs in Trunk's staging directory before it becomes dist/):
//  1. builds the second WASM bundle, "views" (every page; src/bin/views.rs) next to Trunk's
//     first-view bundle (explorer and profiles; src/main.rs);
//  2. replaces Trunk's inline loader with a boot script file that picks the bundle from the URL,
//     so the Content Security Policy can forbid inline script ('self' only);
//  3. writes the data package zip, prerenders the default view, and writes the service worker.
import { readFileSync, writeFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const release = process.env.TRUNK_PROFILE === 'release';
const indexPath = join(dir, 'index.html');
const hash = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 16);

// 1. The views bundle.
const cargoArgs = ['build', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'views'];
if (release) cargoArgs.push('--release');
if (process.env.TRUNK_OFFLINE === 'true') cargoArgs.push('--offline');
execFileSync('cargo', cargoArgs, { stdio: 'inherit' });
const tmp = mkdtempSync(join(tmpdir(), 'views-'));
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', 'views',
  `target/wasm32-unknown-unknown/${release ? 'release' : 'debug'}/views.wasm`], { stdio: 'inherit' });
if (release) execFileSync('wasm-opt', ['-Oz', join(tmp, 'views_bg.wasm'), '-o', join(tmp, 'views_bg.wasm')], { stdio: 'inherit' });
const viewsJs = readFileSync(join(tmp, 'views.js'));
const viewsWasm = readFileSync(join(tmp, 'views_bg.wasm'));
const views = `views-${hash(Buffer.concat([viewsJs, viewsWasm]))}`;
writeFileSync(join(dir, `${views}.js`), viewsJs);
writeFileSync(join(dir, `${views}_bg.wasm`), viewsWasm);
console.log(`postbuild: views bundle ${views} (${viewsWasm.length} B wasm)`);

// 2. The boot script.
let html = readFileSync(indexPath, 'utf8');
const loader = html.match(/<script([^>]*)>([\s\S]*?)<\/script>/);
const main = loader && loader[2].match(/\.\/(time-in-cell-[0-9a-f]+)\.js/);
if (!main) throw new Error('Trunk loader script not found in index.html');
// The pages of the first-view bundle come from the Rust list of pages (survey::url::Page).
const firstView = execFileSync('cargo', ['run', '--quiet', '--bin', 'time-in-cell', '--', 'first-view-tokens'], { encoding: 'utf8' }).trim();
if (!/^\[("[a-z-]*",?)+\]$/.test(firstView)) throw new Error(`unexpected first-view list: ${firstView}`);
const boot = `// Picks the WASM bundle for this URL: the small first-view bundle for the explorer and profiles,
// the views bundle for every other page (see src/pages/mod.rs, Bundle).
const view = new URLSearchParams(location.search).get('view') ?? '';
const name = ${firstView}.includes(view) ? '${main[1]}' : '${views}';
const { default: init } = await import(\`./\${name}.js\`);
await init({ module_or_path: \`./\${name}_bg.wasm\` });
`;
const bootName = `boot-${hash(boot)}.js`;
writeFileSync(join(dir, bootName), boot);
html = html.replace(loader[0], `<script type=module src="./${bootName}"></script>`);
// Trunk preloads the first-view bundle; the boot script loads whichever the page needs instead.
html = html.replace(/<link[^>]*rel=modulepreload[^>]*>/g, '').replace(/<link[^>]*as=fetch[^>]*>/g, '');
// `trunk serve` (a debug build) injects its live-reload snippet inline after this hook: allow
// inline script in development builds only. Release builds (dist/, the tests) keep the strict CSP.
if (!release) html = html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
writeFileSync(indexPath, html);
console.log(`postbuild: boot script ${bootName}${release ? '' : ' (development CSP allows the live-reload snippet)'}`);

// The full data package as one file: data/time-in-cell-data.zip (stored, no compression needed for
// a download this small), holding every CSV and datapackage.json exactly as served.
import { readdirSync } from 'node:fs';
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const dataDir = join(dir, 'data');
const names = readdirSync(dataDir).filter((f) => /\.(csv|json)$/.test(f)).sort();
const locals = []; const centrals = []; let offset = 0;
for (const name of names) {
  const body = readFileSync(join(dataDir, name));
  const fname = Buffer.from(`time-in-cell-data/${name}`);
  const crc = crc32(body);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
  local.writeUInt16LE(0, 8); local.writeUInt16LE(0, 10); local.writeUInt16LE(0x5821, 12);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(body.length, 22);
  local.writeUInt16LE(fname.length, 26); local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(0, 10); central.writeUInt16LE(0, 12); central.writeUInt16LE(0x5821, 14);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(body.length, 24);
  central.writeUInt16LE(fname.length, 28); central.writeUInt32LE(offset, 42);
  locals.push(local, fname, body); centrals.push(central, fname);
  offset += local.length + fname.length + body.length;
}
const cdir = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(names.length, 8); end.writeUInt16LE(names.length, 10);
end.writeUInt32LE(cdir.length, 12); end.writeUInt32LE(offset, 16);
writeFileSync(join(dataDir, 'time-in-cell-data.zip'), Buffer.concat([...locals, cdir, end]));
console.log(`postbuild: data/time-in-cell-data.zip with ${names.length} files`);

// Build-time server rendering of the default view into index.html (issue 8: content before WASM).
execFileSync('cargo', ['run', '--quiet', '--bin', 'time-in-cell', '--', 'prerender', indexPath], { stdio: 'inherit' });
console.log('postbuild: prerendered the default view into index.html');

// Offline: a service worker that caches this exact build (its file list and a version hash).
const walk = (d, prefix = '') => readdirSync(join(dir, d)).flatMap((f) => {
  const rel = prefix + f;
  try { return readdirSync(join(dir, d, f)).length >= 0 ? walk(join(d, f), rel + '/') : []; } catch { return [rel]; }
});
const assets = ['./', ...walk('.').filter((f) => f !== 'sw.js' && !f.startsWith('.'))];
const version = createHash('sha256').update(assets.map((f) => f === './' ? readFileSync(indexPath) : readFileSync(join(dir, f))).reduce((a, b) => Buffer.concat([a, b]), Buffer.alloc(0))).digest('hex').slice(0, 12);
const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace('__VERSION__', version).replace('__ASSETS__', JSON.stringify(assets));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`postbuild: sw.js caches ${assets.length} files as version ${version}`);
