// Job 4 of the post-build hook: build-time server rendering (Yew SSR, natively) of every view into
// its own document — the explorer into index.html, each page into <token>/index.html, each profile
// into profile/<CODE>/index.html — so the right content shows before the WASM arrives and with
// JavaScript off (src/prerender.rs).
import { execFileSync } from 'node:child_process';

/** Runs `time-in-cell prerender <dir>` (dir/index.html is the template). */
export function prerender(dir) {
  execFileSync('cargo', ['run', '--quiet', '--bin', 'time-in-cell', '--', 'prerender', dir], { stdio: 'inherit' });
}
