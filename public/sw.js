// heat-twin's service worker: keeps the release build so that the page opens and computes
// offline, and offers a new release when one is deployed (issue 12; docs/deploy.md).
// `cargo xtask dist` fills VERSION, FILES and HASHED (xtask/src/offline.rs). Unfilled, as in
// `trunk serve`, it caches nothing and leaves every request to the network.
const VERSION = "__HEAT_TWIN_VERSION__";
const FILES = [/*__HEAT_TWIN_FILES__*/];
const HASHED = [/*__HEAT_TWIN_HASHED__*/];

const FILLED = !VERSION.startsWith("__");
const PREFIX = "heat-twin-";
const CACHE = PREFIX + VERSION;
// Absolute URLs, resolved against this script's own URL: the build works under any prefix.
const hashed = new Set(HASHED.map((f) => new URL(f, self.location.href).href));

self.addEventListener("install", (event) => {
  if (!FILLED) return;
  // Content-hashed files may come from the HTTP cache (the page has just loaded them); the
  // others are fetched again so that an old copy never enters the new cache.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(
        FILES.map((f) => {
          const url = new URL(f, self.location.href).href;
          return new Request(url, { cache: hashed.has(url) ? "default" : "reload" });
        }),
      );
      await keepLanguages(cache);
    }),
  );
});

// French and German are not precached (the page fetches locales/<code>/*.ftl when the
// language is chosen, src/i18n/load.rs, and `respond` keeps each file). A new version fetches
// again the ones an older version kept, so a language used once still opens offline after an
// update; when that fetch fails, the old copy is kept. Never fails the install.
async function keepLanguages(cache) {
  try {
    for (const key of await caches.keys()) {
      if (!key.startsWith(PREFIX) || key === CACHE) continue;
      const old = await caches.open(key);
      for (const request of await old.keys()) {
        if (!new URL(request.url).pathname.includes("/locales/")) continue;
        try {
          const fresh = await fetch(request.url, { cache: "reload" });
          if (fresh.ok) {
            await cache.put(request.url, fresh);
            continue;
          }
        } catch (offline) {}
        const kept = await old.match(request);
        if (kept) await cache.put(request.url, kept);
      }
    }
  } catch (e) {}
}

// A new version waits until the page asks for it (public/boot.js shows "reload").
self.addEventListener("message", (event) => {
  if (event.data === "heat-twin-activate") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!FILLED || request.method !== "GET") return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  url.hash = "";
  if (hashed.has(url.href)) {
    // A hashed name never changes content: the cache first.
    const hit = await cache.match(request);
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  }
  // index.html, sw.js's neighbours without a hash (the instruments' worker, boot.js, the
  // manifest, icons, the French and German messages): the network first, so that a deploy is seen at once; the cache offline.
  try {
    const response = await fetch(request, { cache: "no-cache" });
    if (response.ok && !url.search) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    if (request.mode === "navigate") {
      const page = await cache.match(new URL("./", self.location.href).href);
      if (page) return page;
    }
    return Response.error();
  }
}
