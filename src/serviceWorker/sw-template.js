/* Cam kết service worker. Generated at build time by scripts/vite-service-worker.ts, which replaces
 * the two placeholders below with this build's id and the list of every file the app needs.
 *
 * - install: fetches every file of this build from the server itself — never from the browser's
 *   HTTP cache or a proxy (cache: 'reload', and a ?build= query on the files whose names carry no
 *   hash) — checks that index.html asks only for files of this same build, and only then writes
 *   them all into this build's cache. Any failure (the network gone halfway, a file missing on the
 *   server, an old index.html) fails the install: the running version keeps serving, untouched, and
 *   the browser tries again later;
 * - activate (after the user agreed, see below): deletes the caches of older builds — only now,
 *   when this build's cache is known to be complete;
 * - fetch: same-origin GETs are answered from the cache, navigations with the cached index.html
 *   (the app routes on the client), so the app opens and works with no network at all;
 * - a new build waits until the user agrees (the page posts SKIP_WAITING), so nothing being typed
 *   is lost to an automatic reload;
 * - GET_BUILD: answers with this build's id (shown in Settings).
 */
const BUILD = '__CAMKET_BUILD__';
const PRECACHE = __CAMKET_PRECACHE__;
const CACHE = `camket-${BUILD}`;

/** Hashed file names (/assets/name-HASH.ext) are fresh by construction; the others get the build id. */
function bustedUrl(path) {
  return path.startsWith('/assets/') ? path : `${path}?build=${BUILD}`;
}

/** The same-origin files index.html loads (scripts, styles, icons, the manifest). */
function referencedFiles(html) {
  const found = [];
  for (const match of html.matchAll(/\s(?:src|href)="([^"]+)"/g)) {
    const url = new URL(match[1], self.location.origin);
    if (url.origin === self.location.origin) found.push(url.pathname);
  }
  return found;
}

async function precache() {
  const responses = await Promise.all(
    PRECACHE.map(async (path) => {
      const response = await fetch(new Request(bustedUrl(path), { cache: 'reload', credentials: 'same-origin' }));
      if (!response.ok) throw new Error(`Cam kết ${BUILD}: ${path} answered ${response.status}; the update waits.`);
      return [path, response];
    }),
  );
  const index = responses.find(([path]) => path === '/index.html');
  if (!index) throw new Error(`Cam kết ${BUILD}: index.html is not in the precache list.`);
  const listed = new Set(PRECACHE);
  const foreign = referencedFiles(await index[1].clone().text()).filter((path) => !listed.has(path));
  if (foreign.length > 0) throw new Error(`Cam kết ${BUILD}: index.html asks for files of another build (${foreign.join(', ')}); the update waits.`);
  const cache = await caches.open(CACHE);
  await Promise.all(responses.map(([path, response]) => cache.put(path, response)));
  const stored = await cache.keys();
  if (stored.length < PRECACHE.length) throw new Error(`Cam kết ${BUILD}: ${stored.length} of ${PRECACHE.length} files cached; the update waits.`);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('camket-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (!event.data) return;
  if (event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data.type === 'GET_BUILD' && event.ports[0]) event.ports[0].postMessage({ build: BUILD });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(caches.match('/index.html', { cacheName: CACHE, ignoreVary: true }).then((cached) => cached || fetch(request)));
    return;
  }
  // ignoreVary: the server varies on Origin, module scripts send one, the precache request did not.
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true }).then((cached) => cached || fetch(request)));
});
