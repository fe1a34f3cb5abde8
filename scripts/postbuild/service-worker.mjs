// Job 5 of the post-build hook: the offline service worker's precache list and version.
// Pure functions over the build's file list; the hook fills them into static/sw.js.
import { hash } from './hash.mjs';

/**
 * What a reader needs offline: the pages, the code, the styles, the icon and the data files the app
 * fetches (`dataFiles`: the encoded tables, every part of the report's text and the endnotes' texts,
 * scripts/postbuild/data-files.mjs; each page fetches only some parts, and the endnotes' texts only
 * when a reader opens one, so all are precached here for offline use). Not the
 * downloads (the CSV files, datapackage.json and the zip): they are cached when first fetched, not
 * shipped to every visitor in advance. `files` and `dataFiles` are paths relative to the build.
 */
export function precacheList(files, dataFiles) {
  const needed = (f) => {
    if (f === 'sw.js' || f.startsWith('.') || f.startsWith('bench-floor')) return false;
    if (f.startsWith('data/')) return dataFiles.includes(f);
    return /\.(html|js|wasm|css|svg|png|ico|webmanifest)$/.test(f);
  };
  // Every view's document but the profiles' (one per jurisdiction): offline, a profile not yet
  // visited gets the root's document, which renders it (static/sw.js).
  const pages = files.filter((f) => f.endsWith('index.html') && !f.startsWith('profile/'))
    .map((f) => `./${f.slice(0, -'index.html'.length)}`);
  return [...pages, ...files.filter((f) => needed(f) && !f.endsWith('index.html')).sort()];
}

/** The build's version: a hash over every file of the build (`[[path, Buffer]]`), path and content. */
export function buildVersion(files) {
  return hash([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([p, b]) => [p, '\0', b, '\0'])).slice(0, 12);
}

/** static/sw.js with its placeholders filled in. */
export function fillServiceWorker(source, version, assets) {
  if (!source.includes('__VERSION__') || !source.includes('__ASSETS__')) throw new Error('sw.js lacks its placeholders');
  return source.replace('__VERSION__', version).replace('__ASSETS__', JSON.stringify(assets));
}
