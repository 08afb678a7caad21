// Keeps the correspondent's report page and what it needs (style, script) so that it opens without a network:
// the network first, the kept copy when there is none. Only GETs of these pages and Kuzet's own assets are kept;
// reports themselves wait in the page's IndexedDB (phone-report.js), never here.
'use strict';
var CACHE = 'kuzet-phone-1';
var KEEP = [/\/staff\/submissions\/new$/, /\/assets\/(css|js)\//, /\/assets\/favicon\.svg$/, /\/webjars\//];
// what the page needs, relative to the site's root: kept at install, before the page first asks through the worker
var NEEDS = ['staff/submissions/new', 'assets/css/kuzet.css', 'assets/js/kuzet.js', 'assets/js/phone-report.js',
  'assets/favicon.svg', 'webjars/htmx.org/dist/htmx.min.js'];

function kept(url) {
  var u = new URL(url);
  return u.origin === self.location.origin && KEEP.some(function (re) { return re.test(u.pathname); });
}

self.addEventListener('install', function (event) {
  var root = self.registration.scope.replace(/staff\/submissions\/$/, '');
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(NEEDS.map(function (path) { return root + path; }))
      .catch(function () { /* kept at the next visit instead */ });
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || !kept(request.url)) { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreSearch: true }).then(function (hit) {
      return hit || Response.error();
    });
  }));
});
