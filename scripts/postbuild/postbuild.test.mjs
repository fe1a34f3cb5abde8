// Tests of the post-build hook's pure jobs: node --test scripts/postbuild/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { withBootScript, bootScript } from './boot.mjs';
import { packageFiles, dataZip } from './data-zip.mjs';
import { precacheList, buildVersion, fillServiceWorker } from './service-worker.mjs';

const trunkPage = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">
<link rel=modulepreload href="./time-in-cell-0123456789abcdef.js"><link rel=preload as=fetch href="./time-in-cell-0123456789abcdef_bg.wasm">
<script type=module>import init, * as bindings from './time-in-cell-0123456789abcdef.js';init('./time-in-cell-0123456789abcdef_bg.wasm');</script></head><body></body></html>`;

test('the boot script replaces the inline loader and the preloads', () => {
  const out = withBootScript(trunkPage, 'views-fedcba9876543210', { release: true, firstView: ['', 'explorer'] });
  assert.match(out.html, new RegExp(`<script type=module src="./${out.bootName}"></script>`));
  assert.doesNotMatch(out.html, /modulepreload|as=fetch|import init/);
  assert.equal(out.main, 'time-in-cell-0123456789abcdef');
  assert.match(out.html, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(out.bootName, /^boot-[0-9a-f]{16}\.js$/);
});

test('only development builds allow inline script', () => {
  const out = withBootScript(trunkPage, 'views-x', { release: false, firstView: [''] });
  assert.match(out.html, /script-src 'self' 'unsafe-inline'/);
});

test('a page without a Trunk loader is an error, not a silent pass', () => {
  assert.throws(() => withBootScript('<html></html>', 'views-x', { release: true, firstView: [''] }), /loader/);
});

test('the boot script picks the first-view bundle for the explorer and profiles only', async () => {
  const src = bootScript('main-1', 'views-2', ['', 'explorer', 'profile']);
  // Runs the script's own lines that pick the bundle, for a page at `pathname + search` whose
  // <base href> resolves to `base`.
  const pick = (search, pathname = '/site/', base = 'http://h/site/') => {
    const m = src.match(/(const site = [\s\S]*?\nconst name = [^\n]*;)/);
    return new Function('location', 'document', `${m[1]}\nreturn name;`)({ search, pathname }, { baseURI: base });
  };
  assert.equal(pick(''), 'main-1');
  assert.equal(pick('?hours=16'), 'main-1');
  assert.equal(pick('?view=profile&j=TX'), 'main-1');
  assert.equal(pick('?view=reforms'), 'views-2');
  assert.equal(pick('?view=stay'), 'views-2');
  // Each view's own document: the first folder below the root names the page.
  assert.equal(pick('', '/site/reforms/', 'http://h/site/'), 'views-2');
  assert.equal(pick('?kind=time_caps', '/site/reforms/index.html', 'http://h/site/'), 'views-2');
  assert.equal(pick('?hours=16', '/site/profile/TX/', 'http://h/site/'), 'main-1');
  assert.equal(pick('', '/site/index.html', 'http://h/site/'), 'main-1');
  assert.equal(pick('', '/a/b/', 'http://h/a/b/'), 'main-1');
  assert.equal(pick('', '/a/b/lab/', 'http://h/a/b/'), 'views-2');
});

test('the boot script starts the text requests for the views bundle only', () => {
  const src = bootScript('main-1', 'views-2', ['', 'explorer', 'profile'], ['endnotes.csv', 'reforms.csv']);
  const run = (pathname) => {
    const pick = src.match(/(const site = [\s\S]*?\nconst name = [^\n]*;)/)[1];
    const start = src.match(/\n(if \(name === [\s\S]*?\n}\n)/)[1];
    const window = {};
    const fetched = [];
    new Function('location', 'document', 'window', 'fetch', `${pick}\n${start}`)({ search: '', pathname }, { baseURI: 'http://h/site/' }, window, (u) => { fetched.push(u); return u; });
    return [window.__ticText, fetched];
  };
  assert.deepEqual(run('/site/reforms/'), [{ 'endnotes.csv': 'data/endnotes.csv', 'reforms.csv': 'data/reforms.csv' }, ['data/endnotes.csv', 'data/reforms.csv']]);
  assert.deepEqual(run('/site/'), [undefined, []]);
});

test('the data zip holds every CSV and JSON byte for byte, and is the same on every build', () => {
  const names = packageFiles(['b.csv', 'a.csv', 'datapackage.json', 'time-in-cell-data.zip', 'x.txt']);
  assert.deepEqual(names, ['a.csv', 'b.csv', 'datapackage.json']);
  const files = names.map((n) => [n, Buffer.from(`${n},1\n`.repeat(50))]);
  const zip = dataZip(files);
  const back = unzipSync(new Uint8Array(zip));
  assert.deepEqual(Object.keys(back).sort(), names.map((n) => `time-in-cell-data/${n}`));
  for (const [n, body] of files) assert.deepEqual(Buffer.from(back[`time-in-cell-data/${n}`]), body);
  assert.deepEqual(dataZip(files), zip);
});

test('the precache holds what a reader needs offline, not the downloads', () => {
  const files = ['index.html', 'stay/index.html', 'profile/TX/index.html', 'time-in-cell-0123456789abcdef.js', 'time-in-cell-0123456789abcdef_bg.wasm',
    'style-0123456789abcdef.css', 'data/endnotes.csv', 'data/table01.csv', 'data/time-in-cell-data.zip',
    'data/datapackage.json', 'bench-floor-explorer.html'];
  const list = precacheList(files, ['endnotes.csv']);
  assert.deepEqual(list, ['./', './stay/', 'data/endnotes.csv', 'style-0123456789abcdef.css',
    'time-in-cell-0123456789abcdef.js', 'time-in-cell-0123456789abcdef_bg.wasm']);
});

test('the version changes with any file and only then', () => {
  const a = [['index.html', Buffer.from('a')], ['x.js', Buffer.from('b')]];
  assert.equal(buildVersion(a), buildVersion([...a].reverse()));
  assert.notEqual(buildVersion(a), buildVersion([['index.html', Buffer.from('a')], ['x.js', Buffer.from('c')]]));
  assert.notEqual(buildVersion(a), buildVersion([['index.htm', Buffer.from('la')], ['x.js', Buffer.from('b')]]));
});

test('the service worker gets its version and list, or the build fails', () => {
  const sw = fillServiceWorker("const CACHE = 'v-__VERSION__'; const ASSETS = __ASSETS__;", 'abc', ['./']);
  assert.equal(sw, "const CACHE = 'v-abc'; const ASSETS = [\"./\"];");
  assert.throws(() => fillServiceWorker('nothing', 'abc', []));
});

test('the boot script is valid JavaScript (one module scope: no name declared twice)', async () => {
  const src = bootScript('main-1', 'views-2', ['', 'explorer', 'profile']);
  // Compiles it as a module without running it: a SyntaxError (e.g. a redeclared const) fails here.
  const { SourceTextModule } = await import('node:vm').catch(() => ({}));
  if (SourceTextModule) {
    assert.doesNotThrow(() => new SourceTextModule(src));
  } else {
    // Without --experimental-vm-modules: an async function body is close enough for redeclarations.
    const AsyncFunction = (async () => {}).constructor;
    assert.doesNotThrow(() => new AsyncFunction(src));
  }
});
