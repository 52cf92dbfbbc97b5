// Parallax service worker, derived from go-app's default app-worker.js.
//
// It keeps go-app's update mechanism: the worker's text carries the app's
// version, so a new build is a new worker; it installs, precaches the new
// build, takes over the pages the previous worker controlled at once
// (skipWaiting) and deletes the previous build's cache, and go-app's app.js
// then tells the app an update is available (OnAppUpdate). It does not
// claim pages no worker controlled: on a first visit go-app would take
// that for an update and offer a reload of the build just loaded. Pages
// opened after the first visit are the worker's from the start.
//
// Unlike go-app's default it makes the whole app work offline: install
// fails unless every file the app needs is cached, and a navigation to any
// page under the worker's scope that is not in the cache (a deep link such
// as /quotes/{id} never opened before) is answered with the cached app
// shell page, whose client-side router then renders the right page.
//
// The server fills in the version (go-app), the list of files to precache
// and the URL of the app shell page below.

const cacheName = "app-" + "{{.Version}}";
const precache = {{.Precache}};
const shell = {{.Shell}};

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

async function install() {
  const cache = await caches.open(cacheName);
  // "no-cache" revalidates with the server: the HTTP cache may still hold
  // the previous build's files.
  await cache.addAll(precache.map((url) => new Request(url, { cache: "no-cache" })));
  console.log("app worker {{.Version}} is installed");
  await self.skipWaiting();
}

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

async function activate() {
  const keys = await caches.keys();
  await Promise.all(
    keys
      .filter((key) => key.startsWith("app-") && key !== cacheName)
      .map((key) => caches.delete(key))
  );
  console.log("app worker {{.Version}} is activated");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return; // the browser handles it as if there were no worker
  }
  event.respondWith(respond(request));
});

// respond answers from the cache, then from the network; a navigation the
// cache cannot answer gets the app shell, online or not, so that every page
// opens the same way.
async function respond(request) {
  const cache = await caches.open(cacheName);
  const navigate = request.mode === "navigate";
  const cached = await cache.match(request, { ignoreVary: true, ignoreSearch: navigate });
  if (cached) {
    return cached;
  }
  if (navigate && request.url.startsWith(self.registration.scope)) {
    const page = await cache.match(shell, { ignoreVary: true });
    if (page) {
      return page;
    }
  }
  return fetch(request);
}
