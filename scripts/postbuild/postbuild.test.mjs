// Tests of the post-build hook's pure jobs: node --test scripts/postbuild/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { withBootScript, bootScript } from './boot.mjs';
import { dataFileNames } from './data-files.mjs';
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

test('the boot script requests the tables for both bundles and the text for the views bundle only', async () => {
  const src = bootScript('main-1', 'views-2', ['', 'explorer', 'profile'], { tables: 'data/tables-0123456789abcdef.bin', text: 'data/text-0123456789abcdef.bin' });
  const run = (pathname) => {
    const pick = src.match(/(const site = [\s\S]*?\nconst name = [^\n]*;)/)[1];
    const start = src.match(/\n(const request = [\s\S]*?\n}\n)/)[1];
    const window = {};
    const fetched = [];
    // A request that fails: the boot script must handle the rejection (the app reports it).
    const fetch = (u) => { fetched.push(u); return Promise.reject(new Error(`offline: ${u}`)); };
    new Function('location', 'document', 'window', 'fetch', `${pick}\n${start}`)({ search: '', pathname }, { baseURI: 'http://h/site/' }, window, fetch);
    return [window, fetched];
  };
  const unhandled = [];
  const onUnhandled = (e) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  const [views, viewsFetched] = run('/site/reforms/');
  assert.deepEqual(viewsFetched, ['data/tables-0123456789abcdef.bin', 'data/text-0123456789abcdef.bin']);
  await assert.rejects(views.__ticTables, /offline: data\/tables-/);
  await assert.rejects(views.__ticText, /offline: data\/text-/);
  const [main, mainFetched] = run('/site/');
  assert.deepEqual(mainFetched, ['data/tables-0123456789abcdef.bin']);
  assert.equal(main.__ticText, undefined);
  await assert.rejects(main.__ticTables, /offline/);
  await new Promise((r) => setTimeout(r, 10));
  process.off('unhandledRejection', onUnhandled);
  assert.deepEqual(unhandled, []);
});

test('the data file names from the native encoder are checked', () => {
  const ok = '{"tables":"data/tables-0123456789abcdef.bin","text":"data/text-0123456789abcdef.bin"}\n';
  assert.deepEqual(dataFileNames(ok), { tables: 'data/tables-0123456789abcdef.bin', text: 'data/text-0123456789abcdef.bin' });
  assert.throws(() => dataFileNames('{"tables":"data/tables.bin","text":"data/text-0123456789abcdef.bin"}'), /unexpected/);
  assert.throws(() => dataFileNames('{"tables":"data/tables-0123456789abcdef.bin"}'), /unexpected/);
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
    'data/datapackage.json', 'data/tables-0123456789abcdef.bin', 'data/text-0123456789abcdef.bin', 'bench-floor-explorer.html'];
  const list = precacheList(files, ['data/tables-0123456789abcdef.bin', 'data/text-0123456789abcdef.bin']);
  assert.deepEqual(list, ['./', './stay/', 'data/tables-0123456789abcdef.bin', 'data/text-0123456789abcdef.bin', 'style-0123456789abcdef.css',
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
