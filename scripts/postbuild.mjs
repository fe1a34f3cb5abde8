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
