// Trunk post-build hook (runs in Trunk's staging directory before it becomes dist/). One job per
// module in scripts/postbuild/, each testable on its own (node --test scripts/postbuild/):
//  1. bundles         the WASM bundles of the other pages (survey::url::Bundle: one per group of
//                     pages) next to Trunk's, the explorer's;
//  2. data-files      the data every bundle fetches, encoded at build time (data/*-<hash>.bin);
//  3. boot            Trunk's inline loader moved into a boot script file that picks the bundle
//                     and requests the data the page needs beside it; in release builds every
//                     bundle's imports get short names and its glue is minified (shorten);
//  4. data-zip        the data package as one zip download;
//  5. prerender       every view server-rendered into its own document (index.html, <page>/,
//                     profile/<CODE>/);
//  6. service-worker  the offline precache list and the build's version.
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { bundleManifest, buildBundles, bundleBase } from './postbuild/bundles.mjs';
import { encodeData, allDataFiles } from './postbuild/data-files.mjs';
import { withBootScript, withMinifiedBoot, trunkBundle } from './postbuild/boot.mjs';
import { finishBundle, minifyModule } from './postbuild/shorten.mjs';
import { packageFiles, dataZip } from './postbuild/data-zip.mjs';
import { prerender } from './postbuild/prerender.mjs';
import { precacheList, buildVersion, fillServiceWorker } from './postbuild/service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const release = process.env.TRUNK_PROFILE === 'release';
const indexPath = join(dir, 'index.html');

// 1.
const manifest = bundleManifest();
const [explorer, ...others] = manifest.bundles;
const built = await buildBundles(dir, others, { release, offline: process.env.TRUNK_OFFLINE === 'true' });
for (const n of others) console.log(`postbuild: ${n} bundle ${built.files[n]} (${built.bytes[n]} B wasm)`);

// 2.
const data = encodeData(dir);
console.log(`postbuild: ${allDataFiles(data).join(', ')}`);

// 3.
// Trunk's own bundle (the explorer's) gets the same finish as the others (postbuild/shorten.mjs)
// and, like them, a name from its final content: Trunk's hash is of its input, and a build whose
// finish changed would otherwise ship other bytes under the same names as the last one, which a
// returning reader's cache could mix.
if (release) {
  const html = readFileSync(indexPath, 'utf8');
  const old = trunkBundle(html, explorer);
  if (!old) throw new Error(`postbuild: index.html names no ${explorer} bundle`);
  const done = await finishBundle(readFileSync(join(dir, `${old}.js`)), readFileSync(join(dir, `${old}_bg.wasm`)));
  const name = bundleBase(explorer, done.js, done.wasm);
  writeFileSync(join(dir, `${name}.js`), done.js);
  writeFileSync(join(dir, `${name}_bg.wasm`), done.wasm);
  for (const f of [`${old}.js`, `${old}_bg.wasm`]) unlinkSync(join(dir, f));
  writeFileSync(indexPath, html.replaceAll(old, name));
  console.log(`postbuild: ${explorer} bundle ${name} (imports renamed, glue minified)`);
}
let boot = withBootScript(readFileSync(indexPath, 'utf8'), built.files, { release, explorer, pages: manifest.pages, data, text: manifest.parts });
if (release) boot = await withMinifiedBoot(boot, minifyModule);
writeFileSync(join(dir, boot.bootName), boot.boot);
writeFileSync(indexPath, boot.html);
console.log(`postbuild: boot script ${boot.bootName}${release ? '' : ' (development CSP allows the live-reload snippet)'}`);

// 4.
const dataDir = join(dir, 'data');
const names = packageFiles(readdirSync(dataDir));
writeFileSync(join(dataDir, 'time-in-cell-data.zip'), dataZip(names.map((n) => [n, readFileSync(join(dataDir, n))])));
console.log(`postbuild: data/time-in-cell-data.zip with ${names.length} files`);

// 5.
prerender(dir);

// 6.
const walk = (rel) => readdirSync(join(dir, rel)).flatMap((f) => {
  const p = rel ? `${rel}/${f}` : f;
  return statSync(join(dir, p)).isDirectory() ? walk(p) : [p];
});
const files = walk('').filter((f) => f !== 'sw.js');
const assets = precacheList(files, allDataFiles(data));
const version = buildVersion(files.map((f) => [f, readFileSync(join(dir, f))]));
writeFileSync(join(dir, 'sw.js'), fillServiceWorker(readFileSync(join(dir, 'sw.js'), 'utf8'), version, assets));
console.log(`postbuild: sw.js precaches ${assets.length} of ${files.length} files as version ${version}`);
