// Job 2 of the post-build hook: replaces Trunk's inline loader with a boot script file that picks
// the bundle from the URL, so the Content Security Policy can forbid inline script ('self' only).
// Pure: takes the page's HTML and the bundle names, returns the new HTML and the script.
import { hash } from './hash.mjs';
/**
 * The boot script's source. `files` maps each bundle's name to its files' base name (the
 * explorer's, Trunk's, first: the one for the root and for any value no page has); `pages` maps
 * each `view=` value and page folder to its bundle's name (survey::url::Bundle, via
 * `time-in-cell bundles`). Until the app is interactive (<html data-ready>), the page is marked
 * `data-booting` (the CSS says so on the controls) and a tap on a control is held, not lost: it is
 * replayed once the app has started. `data` names the encoded data files (`{ tables, parts: { part:
 * path } }`, paths below the site root, from scripts/postbuild/data-files.mjs); `text` maps each
 * `view=` value and page folder to the parts of the report's text its page renders with
 * (survey::url::Page::text_parts, via `time-in-cell bundles`), requested beside the WASM.
 */
export function bootScript(files, pages, data = { tables: 'data/tables.bin', parts: {} }, text = {}) {
  const explorer = Object.keys(files)[0];
  // Each token's files (tokens whose page needs none are left out).
  const TEXT = Object.fromEntries(Object.entries(text).filter(([, names]) => names.length).map(([token, names]) => [token, names.map((n) => {
    if (!data.parts?.[n]) throw new Error(`no data file for the part ${n} (page ${token})`);
    return data.parts[n];
  })]));
  return `// Picks the WASM bundle for this URL (survey::url::Bundle: the explorer's for the site root, one
// per group of other pages). The page is the first folder below the site root (the document's
// <base href>), or an old link's view= at the root.
const FILES = ${JSON.stringify(files)};
const PAGES = ${JSON.stringify(pages)};
const TEXT = ${JSON.stringify(TEXT)};
const site = new URL('.', document.baseURI).pathname;
const folder = location.pathname.startsWith(site) ? location.pathname.slice(site.length).split('/')[0] : '';
const view = (folder === 'index.html' ? '' : decodeURIComponent(folder)) || (new URLSearchParams(location.search).get('view') ?? '');
const bundle = Object.hasOwn(PAGES, view) ? PAGES[view] : ${JSON.stringify(explorer)};
const name = FILES[bundle];
// The prerendered page is painted first: the downloads and the WASM's compile wait for its first
// contentful paint (on a slow phone they delayed it, and so the largest paint, by seconds), or
// 1.5 s at most. A hidden tab paints nothing: it starts at once.
if (document.visibilityState === 'visible') {
  await new Promise((resolve) => {
    setTimeout(resolve, 1500);
    try {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) resolve();
      }).observe({ type: 'paint', buffered: true });
    } catch { resolve(); }
  });
}
// The data, encoded at build time (one file each, shared by every bundle and cached by name): the
// tables every page starts from and the parts of the report's text this page renders with (TEXT:
// none for the explorer; src/lib.rs, start, waits for them before it renders the others). Requested
// now, beside the WASM; the app takes these responses (src/platform/fetch.rs). Not earlier (a
// <link rel=preload> would compete with the CSS). A failed request is the app's to report
// (src/platform/crash.rs), not an uncaught rejection.
const request = (url) => { const p = fetch(url); p.catch(() => {}); return p; };
window.__ticTables = request(${JSON.stringify(data.tables)});
window.__ticData = {};
for (const f of (bundle !== ${JSON.stringify(explorer)} && Object.hasOwn(TEXT, view) ? TEXT[view] : [])) {
  window.__ticData[f.slice('data/'.length)] = request(f);
}
// Taps before the app is interactive: held (the server-rendered controls would change on their own
// and then disagree with the app) and replayed after start-up. Links work as plain links meanwhile.
const root = document.documentElement;
const held = [];
const hold = (e) => {
  if ('ready' in root.dataset) return; // started: the app takes the tap itself
  let t = e.target instanceof Element && e.target.closest('button, input, select, label');
  if (!t) return;
  if (t instanceof HTMLLabelElement) t = t.control;
  const key = t && (t.id ? '#' + CSS.escape(t.id) : t.dataset.testid ? '[data-testid="' + t.dataset.testid + '"]' : null);
  e.preventDefault();
  if (key && held.at(-1) !== key) held.push(key);
};
root.dataset.booting = '';
addEventListener('click', hold, true);
// The app marks <html data-ready> once mounted, which for the other bundles is after the page's
// parts of the report's text have arrived (src/lib.rs, start), later than init() returns; <html data-failed> if the data
// could not be loaded (the page then says so, and holds nothing).
const ready = new Promise((resolve) => {
  const seen = () => ('ready' in root.dataset || 'failed' in root.dataset) && resolve();
  new MutationObserver(seen).observe(root, { attributes: true, attributeFilter: ['data-ready', 'data-failed'] });
  seen();
});
try {
  const { default: init } = await import(\`./\${name}.js\`);
  await init({ module_or_path: \`./\${name}_bg.wasm\` });
  await ready;
} finally {
  removeEventListener('click', hold, true);
  delete root.dataset.booting;
}
setTimeout(() => { for (const key of held) document.querySelector(key)?.click(); }, 0);
`;
}

/**
 * Moves Trunk's loader out of `html`. `bundles` maps the other bundles' names to their files' base
 * names; the explorer's (`explorer`, Trunk's) is read from the loader. Returns
 * `{ html, boot, bootName, main }`; throws if the page has no Trunk loader. Development builds
 * (`release` false) allow inline script for Trunk's live-reload snippet, which `trunk serve`
 * injects after this hook; release builds keep the strict CSP.
 */
export function withBootScript(html, bundles, { release, explorer = 'time-in-cell', pages, data, text }) {
  const loader = html.match(/<script([^>]*)>([\s\S]*?)<\/script>/);
  const main = loader && trunkBundle(loader[2], explorer);
  if (!main) throw new Error('Trunk loader script not found in index.html');
  const boot = bootScript({ [explorer]: main, ...bundles }, pages, data, text);
  const bootName = `boot-${hash(boot)}.js`;
  let out = html.replace(loader[0], bootTag(bootName));
  // Trunk preloads the explorer's bundle; the boot script loads whichever the page needs instead.
  out = out.replace(/<link[^>]*rel=modulepreload[^>]*>/g, '').replace(/<link[^>]*as=fetch[^>]*>/g, '');
  if (!release) out = out.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
  return { html: out, boot, bootName, main };
}

/** The base name (`<explorer>-<hash>`) of Trunk's bundle that `text` (its loader, or the page)
 * imports, or null. */
export function trunkBundle(text, explorer = 'time-in-cell') {
  return text.match(new RegExp(`\\./(${explorer}-[0-9a-f]+)\\.js`))?.[1] ?? null;
}

const bootTag = (name) => `<script type=module src="./${name}"></script>`;

// The boot script's tables, each one line as `bootScript` writes them (scripts/size-check.mjs
// reads them so).
const TABLE = /^const (FILES|PAGES|TEXT) = .*;$/;

/**
 * `withBootScript`'s result with the boot script's code passed through `minify` (async, code ->
 * code), its three tables kept as written, under the new code's own name. Release builds
 * (2 Dec: 1,996 -> 1,249 B brotli).
 */
export async function withMinifiedBoot({ html, boot, bootName, main }, minify) {
  const lines = boot.split('\n');
  const tables = lines.filter((l) => TABLE.test(l));
  if (tables.length !== 3) throw new Error('the boot script lacks one of its tables');
  const code = `${tables.join('\n')}\n${await minify(lines.filter((l) => !TABLE.test(l)).join('\n'))}`;
  const name = `boot-${hash(code)}.js`;
  return { html: html.replace(bootTag(bootName), bootTag(name)), boot: code, bootName: name, main };
}
