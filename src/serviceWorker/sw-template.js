/* Cam kết service worker. Generated at build time by scripts/vite-service-worker.ts, which replaces
 * the two placeholders below with this build's id and the list of every file the app needs.
 *
 * - install: caches every file of this build (the app shell, every chunk, the worker, icons);
 * - activate: deletes the caches of older builds;
 * - fetch: same-origin GETs are answered from the cache, navigations with the cached index.html
 *   (the app routes on the client), so the app opens and works with no network at all;
 * - a new build waits until the user agrees (the page posts SKIP_WAITING), so nothing being typed
 *   is lost to an automatic reload.
 */
const BUILD = '__CAMKET_BUILD__';
const PRECACHE = __CAMKET_PRECACHE__;
const CACHE = `camket-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
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
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
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
