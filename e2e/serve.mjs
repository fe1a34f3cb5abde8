// A tiny static server for the release bundle, mounted under a sub-path to prove the app works from
// static hosting anywhere. Loopback only. Usage: node e2e/serve.mjs [port] [dir] [base] [--brotli]
// (--brotli compresses responses as a production host would, for Lighthouse: scripts/lighthouse).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const port = Number(process.argv[2] ?? 4173);
const root = process.argv[3] ?? 'dist';
const base = process.argv[4] ?? '/explorer/';
const brotli = process.argv.includes('--brotli');
const compressed = new Map();
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.txt': 'text/plain',
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/' || url.pathname === base.slice(0, -1)) {
    res.writeHead(302, { location: base }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) { res.writeHead(404).end('not found'); return; }
  let rel;
  try {
    rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
  } catch {
    // A malformed escape ("/explorer/%"): a static host answers 400; this server must not fall over.
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  const file = normalize(join(root, rel));
  if (!file.startsWith(normalize(root))) { res.writeHead(403).end(); return; }
  try {
    const s = await stat(file);
    const path = s.isDirectory() ? join(file, 'index.html') : file;
    let body = await readFile(path);
    const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !/\.(png|zip)$/.test(path)) {
      // Compressed once per file and kept, as a host serving precompressed files would: compressing
      // 1.3 MB of WASM at quality 11 on every request added seconds to what Lighthouse measured.
      const key = `${path}:${s.isDirectory() ? (await stat(path)).mtimeMs : s.mtimeMs}`;
      if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body));
      body = compressed.get(key);
      headers['content-encoding'] = 'br';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
