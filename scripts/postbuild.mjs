// Trunk post-build hook: move inline <script> blocks of the staged index.html into hashed files,
// so the Content Security Policy can forbid inline script ('self' only).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
let moved = 0;
html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\bsrc=/.test(attrs) || body.trim() === '') return whole;
  const name = `boot-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  moved += 1;
  const kept = attrs.replace(/\s*nonce="[^"]*"/, '');
  return `<script${kept} src="./${name}"></script>`;
});
writeFileSync(indexPath, html);
console.log(`postbuild: moved ${moved} inline script(s) to files`);

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
import { execFileSync } from 'node:child_process';
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
