// Size budget for the first view (issue 8): everything index.html loads, brotli-compressed.
// Bytes are stable across machines, so this check is part of the test command. Usage: node scripts/size-check.mjs dist
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 250_000; // 250 kB, decimal: the stricter reading of the budget
const dir = process.argv[2] ?? 'dist';
// The first view loads the first-view bundle; the views bundle (views-*) loads only on other pages.
const files = readdirSync(dir).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f) && !f.startsWith('views-') && f !== 'sw.js');
let total = 0;
for (const f of files.sort()) {
  const raw = readFileSync(join(dir, f));
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += br;
  console.log(`${f.padEnd(48)} ${String(raw.length).padStart(9)} B raw ${String(br).padStart(8)} B brotli`);
}
console.log(`first-view total: ${total} B brotli (budget ${BUDGET} B)`);
for (const f of readdirSync(dir).filter((f) => f.startsWith('views-') && f.endsWith('.wasm'))) {
  const br = brotliCompressSync(readFileSync(join(dir, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`other views (loaded only on those pages): ${f} ${br} B brotli`);
}
if (total > BUDGET) {
  console.error(`size budget exceeded by ${total - BUDGET} B`);
  process.exit(1);
}
