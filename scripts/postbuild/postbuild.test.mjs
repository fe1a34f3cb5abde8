// Tests of the post-build hook's pure jobs: node --test scripts/postbuild/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { withBootScript, bootScript, withMinifiedBoot, trunkBundle } from './boot.mjs';
import { checkManifest } from './bundles.mjs';
import { dataFileNames, allDataFiles, PARTS } from './data-files.mjs';
import { packageFiles, dataZip } from './data-zip.mjs';
import { precacheList, buildVersion, fillServiceWorker } from './service-worker.mjs';

const trunkPage = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">
<link rel=modulepreload href="./time-in-cell-0123456789abcdef.js"><link rel=preload as=fetch href="./time-in-cell-0123456789abcdef_bg.wasm">
<script type=module>import init, * as bindings from './time-in-cell-0123456789abcdef.js';init('./time-in-cell-0123456789abcdef_bg.wasm');</script></head><body></body></html>`;

// As `time-in-cell bundles` prints it (survey::url::Bundle), shortened.
const PAGES = { '': 'time-in-cell', explorer: 'time-in-cell', profile: 'profile', reforms: 'report', 'length-of-stay': 'people',
  stay: 'people', 'claim-check': 'claims', lab: 'lab' };
const FILES = { 'time-in-cell': 'time-in-cell-1', profile: 'profile-5', people: 'people-6', report: 'report-2', claims: 'claims-3', lab: 'lab-4' };

test('the boot script replaces the inline loader and the preloads', () => {
  const out = withBootScript(trunkPage, { report: 'report-fedcba9876543210' }, { release: true, pages: PAGES });
  assert.match(out.html, new RegExp(`<script type=module src="./${out.bootName}"></script>`));
  assert.doesNotMatch(out.html, /modulepreload|as=fetch|import init/);
  assert.equal(out.main, 'time-in-cell-0123456789abcdef');
  assert.match(out.boot, /const FILES = \{"time-in-cell":"time-in-cell-0123456789abcdef","report":"report-fedcba9876543210"\};/);
  assert.match(out.html, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(out.bootName, /^boot-[0-9a-f]{16}\.js$/);
});

test('Trunk\'s bundle is found in its loader or the page, and nowhere else', () => {
  assert.equal(trunkBundle(trunkPage), 'time-in-cell-0123456789abcdef');
  assert.equal(trunkBundle('<script>import init from "./other-0123.js"</script>'), null);
  assert.equal(trunkBundle(trunkPage, 'explorer'), null);
});

test('a minified boot script keeps its tables as lines, takes its own name and is the one the page loads', async () => {
  const out = withBootScript(trunkPage, { report: 'report-fedcba9876543210' }, { release: true, pages: PAGES });
  const min = await withMinifiedBoot(out, async (code) => code.replace(/^\/\/.*\n/gm, ''));
  assert.match(min.boot, /^const FILES = \{"time-in-cell":"time-in-cell-0123456789abcdef","report":"report-fedcba9876543210"\};$/m);
  assert.match(min.boot, /^const PAGES = \{.*\};$/m);
  assert.match(min.boot, /^const TEXT = \{.*\};$/m);
  assert.doesNotMatch(min.boot, /^\/\//m);
  assert.notEqual(min.bootName, out.bootName);
  assert.match(min.bootName, /^boot-[0-9a-f]{16}\.js$/);
  assert.ok(min.html.includes(`src="./${min.bootName}"`));
  assert.ok(!min.html.includes(out.bootName));
  assert.equal(min.main, out.main);
  await assert.rejects(withMinifiedBoot({ ...out, boot: out.boot.replace(/^const TEXT = .*$/m, '') }, async (c) => c), /lacks one of its tables/);
});

test('only development builds allow inline script', () => {
  const out = withBootScript(trunkPage, {}, { release: false, pages: PAGES });
  assert.match(out.html, /script-src 'self' 'unsafe-inline'/);
});

test('a page without a Trunk loader is an error, not a silent pass', () => {
  assert.throws(() => withBootScript('<html></html>', {}, { release: true, pages: PAGES }), /loader/);
});

test('the bundle list must give every page a bundle and the root the explorer\'s', () => {
  const m = { bundles: ['time-in-cell', 'report'], pages: { '': 'time-in-cell', reforms: 'report' }, parts: { '': [], reforms: ['reforms'] } };
  assert.equal(checkManifest(m), m);
  assert.throws(() => checkManifest({ ...m, parts: { stay: ['figures'] } }), /unknown page stay/);
  assert.throws(() => checkManifest({ bundles: ['time-in-cell'], pages: { '': 'time-in-cell', reforms: 'report' } }), /reforms/);
  assert.throws(() => checkManifest({ bundles: ['time-in-cell', 'report'], pages: { '': 'report' } }), /root/);
  assert.throws(() => checkManifest({ bundles: [], pages: {} }), /bundle list/);
});

// The boot script's own lines that pick the bundle.
const PICK = /(const FILES = [\s\S]*?\nconst name = [^\n]*;)/;

test('the boot script picks each page\'s bundle: the explorer\'s at the root, the group\'s elsewhere', async () => {
  const src = bootScript(FILES, PAGES);
  // For a page at `pathname + search` whose <base href> resolves to `base`.
  const pick = (search, pathname = '/site/', base = 'http://h/site/') =>
    new Function('location', 'document', `${src.match(PICK)[1]}\nreturn name;`)({ search, pathname }, { baseURI: base });
  assert.equal(pick(''), 'time-in-cell-1');
  assert.equal(pick('?hours=16'), 'time-in-cell-1');
  assert.equal(pick('?view=profile&j=TX'), 'profile-5');
  assert.equal(pick('?view=reforms'), 'report-2');
  assert.equal(pick('?view=stay'), 'people-6');
  assert.equal(pick('?view=claim-check'), 'claims-3');
  // An unknown page: the explorer's bundle, whose app says what it did not understand.
  assert.equal(pick('?view=nonsense'), 'time-in-cell-1');
  assert.equal(pick('?view=constructor'), 'time-in-cell-1');
  // Each view's own document: the first folder below the root names the page.
  assert.equal(pick('', '/site/reforms/', 'http://h/site/'), 'report-2');
  assert.equal(pick('?kind=time_caps', '/site/reforms/index.html', 'http://h/site/'), 'report-2');
  assert.equal(pick('?hours=16', '/site/profile/TX/', 'http://h/site/'), 'profile-5');
  assert.equal(pick('', '/site/index.html', 'http://h/site/'), 'time-in-cell-1');
  assert.equal(pick('', '/a/b/', 'http://h/a/b/'), 'time-in-cell-1');
  assert.equal(pick('', '/a/b/lab/', 'http://h/a/b/'), 'lab-4');
  assert.equal(pick('', '/a/b/claim-check/', 'http://h/a/b/'), 'claims-3');
});

const H = '0123456789abcdef';
const DATA = { tables: `data/tables-${H}.bin`, notes: `data/notes-${H}.bin`,
  parts: Object.fromEntries(PARTS.map((p) => [p, `data/${p}-${H}.bin`])) };
// As `time-in-cell bundles` prints it (survey::url::Page::text_parts), shortened.
const TEXT = { '': [], explorer: [], profile: ['endnotes', 'errata', 'reforms', 'smi'], reforms: ['figures', 'endnotes', 'reforms'],
  'length-of-stay': ['figures', 'errata'], stay: ['figures', 'errata'], 'claim-check': [], lab: [] };

test('the boot script requests the tables and the parts of the text the page renders with', async () => {
  const src = bootScript(FILES, PAGES, DATA, TEXT);
  const run = (pathname, search = '') => {
    const pick = src.match(PICK)[1];
    const start = src.match(/\n(const request = [\s\S]*?\n}\n)/)[1];
    const window = {};
    const fetched = [];
    // A request that fails: the boot script must handle the rejection (the app reports it).
    const fetch = (u) => { fetched.push(u); return Promise.reject(new Error(`offline: ${u}`)); };
    new Function('location', 'document', 'window', 'fetch', `${pick}\n${start}`)({ search, pathname }, { baseURI: 'http://h/site/' }, window, fetch);
    return [window, fetched];
  };
  // The script's own table (between FILES and the bundle's name: PICK) is the one run here.
  assert.match(src, new RegExp(`const TEXT = \\{"profile":\\["data/endnotes-${H}.bin","data/errata-${H}.bin","data/reforms-${H}.bin","data/smi-${H}.bin"\\],`));
  const unhandled = [];
  const onUnhandled = (e) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  const [views, viewsFetched] = run('/site/reforms/');
  assert.deepEqual(viewsFetched, [DATA.tables, DATA.parts.figures, DATA.parts.endnotes, DATA.parts.reforms]);
  await assert.rejects(views.__ticTables, /offline: data\/tables-/);
  await assert.rejects(views.__ticData[`reforms-${H}.bin`], /offline: data\/reforms-/);
  assert.deepEqual(run('/site/profile/TX/')[1], [DATA.tables, ...['endnotes', 'errata', 'reforms', 'smi'].map((p) => DATA.parts[p])]);
  // An old link's view= at the root: its page's parts.
  assert.deepEqual(run('/site/', '?view=stay')[1], [DATA.tables, DATA.parts.figures, DATA.parts.errata]);
  // The claim check and the lab render without the text; the explorer too.
  assert.deepEqual(run('/site/claim-check/')[1], [DATA.tables]);
  assert.deepEqual(run('/site/lab/')[1], [DATA.tables]);
  const [main, mainFetched] = run('/site/');
  assert.deepEqual(mainFetched, [DATA.tables]);
  assert.deepEqual(main.__ticData, {});
  await assert.rejects(main.__ticTables, /offline/);
  await new Promise((r) => setTimeout(r, 10));
  process.off('unhandledRejection', onUnhandled);
  assert.deepEqual(unhandled, []);
  // A part no file was written for is a build error.
  assert.throws(() => bootScript(FILES, PAGES, { tables: DATA.tables, parts: {} }, TEXT), /no data file for the part endnotes \(page profile\)/);
});

test('the data file names from the native encoder are checked', () => {
  const ok = JSON.stringify(DATA) + '\n';
  assert.deepEqual(dataFileNames(ok), DATA);
  assert.deepEqual(allDataFiles(DATA), [DATA.tables, ...Object.values(DATA.parts), DATA.notes]);
  const without = (f) => JSON.stringify(f(structuredClone(DATA)));
  assert.throws(() => dataFileNames(without((d) => { delete d.notes; return d; })), /unexpected/);
  assert.throws(() => dataFileNames(without((d) => { d.tables = 'data/tables.bin'; return d; })), /unexpected/);
  assert.throws(() => dataFileNames(without((d) => { delete d.parts.smi; return d; })), /unexpected/);
  assert.throws(() => dataFileNames(without((d) => { d.parts.smi = d.parts.later; return d; })), /unexpected/);
  assert.throws(() => dataFileNames(without((d) => { d.parts.extra = `data/extra-${H}.bin`; return d; })), /unexpected/);
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
    'data/datapackage.json', ...allDataFiles(DATA), 'bench-floor-explorer.html'];
  const list = precacheList(files, allDataFiles(DATA));
  assert.deepEqual(list, ['./', './stay/', ...allDataFiles(DATA).sort(), 'style-0123456789abcdef.css',
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
  const src = bootScript(FILES, PAGES);
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
