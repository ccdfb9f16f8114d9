// Keeps the offline verifier's own files, so that the page opens with no connection. Each answer comes from what is
// kept and is renewed from the server behind it, so a changed file shows from the visit after. The registry's keys
// and status list are not kept here: the page keeps them itself, once it has checked their signature.
const FILES_CACHE = 'reloop-offline-verify-files';
// The QR reader is shared with the pages, so it lives outside this folder; it is kept too.
const FILES = ['./', 'offline-verify.js', 'texts.js', 'offline-verify.css', '../qr-scan/reloop-qr-scan.js', '../qr-scan/jsQR.js'];
const SCOPE = new URL('./', self.location).pathname;
const KEPT_OUTSIDE = FILES.filter(file => file.startsWith('../')).map(file => new URL(file, self.location).pathname);

self.addEventListener('install', event => {
    event.waitUntil(caches.open(FILES_CACHE).then(cache => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', event => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || !(url.pathname.startsWith(SCOPE) || KEPT_OUTSIDE.includes(url.pathname))) {
        return;
    }
    event.respondWith(caches.open(FILES_CACHE).then(async cache => {
        const kept = await cache.match(event.request, {ignoreSearch: true});
        const renewed = fetch(event.request).then(response => {
            if (response.ok) {
                cache.put(event.request, response.clone());
            }
            return response;
        });
        if (kept) {
            event.waitUntil(renewed.catch(() => undefined));
            return kept;
        }
        return renewed;
    }));
});
