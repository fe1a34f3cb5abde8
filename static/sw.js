// Offline support (file list and version filled in at build time by scripts/postbuild/service-worker.mjs).
// Deploys never mix: each build's worker serves only from its own cache, and only files whose names
// carry a content hash (the code, the styles, the data the app fetches) are served from the cache
// while online. Pages and unhashed files (the downloads) come from the network first, so a page of
// build B never gets build A's data; offline, the last build seen is served whole from its cache.
const CACHE = 'time-in-cell-__VERSION__';
const ASSETS = __ASSETS__;
// Trunk's and the post-build hook's file names end in a 16-hex-digit content hash (the data files'
// hash their data and the code that writes it: survey::data::codec).
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg|png|bin)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('time-in-cell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Network first; a successful answer refreshes this build's copy (so a download fetched once is
// there offline too), a failed one falls back to it.
async function networkFirst(req, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(req);
    if (res.ok && req.mode !== 'navigate') cache.put(req, res.clone());
    return res;
  } catch (e) {
    const hit = (await cache.match(req)) ?? (fallback && (await cache.match(fallback)));
    if (hit) return hit;
    throw e;
  }
}

// Offline, a view whose own page is not cached (a profile not visited yet) gets the start page with
// its <base href> pointing from the view's folder back to the root, so its code and styles load and
// the app renders the view the address names.
async function startPageAt(url) {
  const scope = new URL(self.registration.scope);
  const res = await caches.match(new URL('./', scope), { cacheName: CACHE });
  if (!res) return Response.error();
  const below = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : '';
  const depth = below.split('/').length - 1;
  if (depth === 0) return res;
  const html = (await res.text()).replace('<base href="./">', `<base href="${'../'.repeat(depth)}">`);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // A view's own page (its folder's index.html, query ignored), else the app's start page.
    const page = new URL(url.pathname, url);
    event.respondWith(networkFirst(req, page).catch(() => startPageAt(url)));
    return;
  }
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(req, { cacheName: CACHE }).then((hit) => hit || fetch(req)));
    return;
  }
  event.respondWith(networkFirst(req));
});
