// Job 4 of the post-build hook: build-time server rendering (Yew SSR, natively) of the default view
// into index.html, so content shows before the WASM arrives and with JavaScript off.
import { execFileSync } from 'node:child_process';

/** Runs `time-in-cell prerender <indexPath>`. */
export function prerender(indexPath) {
  execFileSync('cargo', ['run', '--quiet', '--bin', 'time-in-cell', '--', 'prerender', indexPath], { stdio: 'inherit' });
}
