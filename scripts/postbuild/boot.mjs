// Job 2 of the post-build hook: replaces Trunk's inline loader with a boot script file that picks
// the bundle from the URL, so the Content Security Policy can forbid inline script ('self' only).
// Pure: takes the page's HTML and the bundle names, returns the new HTML and the script.
import { hash } from './hash.mjs';

/** Views the first-view bundle renders (see src/pages/mod.rs, Bundle::FIRST_VIEW). */
export const FIRST_VIEW = ['', 'explorer', 'profile'];

/** The boot script's source: loads `main` for the first-view pages, `views` for the others. */
export function bootScript(main, views, firstView) {
  return `// Picks the WASM bundle for this URL: the small first-view bundle for the explorer and profiles,
// the views bundle for every other page (see src/pages/mod.rs, Bundle).
const view = new URLSearchParams(location.search).get('view') ?? '';
const name = ${JSON.stringify(firstView)}.includes(view) ? '${main}' : '${views}';
const { default: init } = await import(\`./\${name}.js\`);
await init({ module_or_path: \`./\${name}_bg.wasm\` });
`;
}

/**
 * Moves Trunk's loader out of `html`. Returns `{ html, boot, bootName }`; throws if the page has no
 * Trunk loader. Development builds (`release` false) allow inline script for Trunk's live-reload
 * snippet, which `trunk serve` injects after this hook; release builds keep the strict CSP.
 */
export function withBootScript(html, views, { release, firstView }) {
  const loader = html.match(/<script([^>]*)>([\s\S]*?)<\/script>/);
  const main = loader && loader[2].match(/\.\/(time-in-cell-[0-9a-f]+)\.js/);
  if (!main) throw new Error('Trunk loader script not found in index.html');
  const boot = bootScript(main[1], views, firstView);
  const bootName = `boot-${hash(boot)}.js`;
  let out = html.replace(loader[0], `<script type=module src="./${bootName}"></script>`);
  // Trunk preloads the first-view bundle; the boot script loads whichever the page needs instead.
  out = out.replace(/<link[^>]*rel=modulepreload[^>]*>/g, '').replace(/<link[^>]*as=fetch[^>]*>/g, '');
  if (!release) out = out.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
  return { html: out, boot, bootName, main: main[1] };
}
