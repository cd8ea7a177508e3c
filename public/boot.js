// heat-twin's first script (a file, not inline: the page's Content-Security-Policy allows no
// inline script), loaded in <head> before the loading message is parsed, so that the message's
// first paint is already in the visitor's language (index.html's inline rules show the one
// named by `data-boot` on <html>; the stylesheets come after the message, issue 14).
// 1. The loading message in the visitor's language before the app starts.
// 2. The service worker (public/sw.js), registered once the app has started so that it never
// competes with the first load, and the offer of a new version when one has been deployed.
// 3. (in between) The fetching of French and German for the app.
(function () {
  var language = "";
  try {
    language = localStorage.getItem("heat-twin.language") || "";
  } catch (e) {}
  language = language || navigator.language || "";
  var code = (/^(it|fr|de)/i.exec(language) || [])[1];
  if (code) {
    code = code.toLowerCase();
    document.documentElement.lang = code;
    document.documentElement.setAttribute("data-boot", code);
    // The elements' own `hidden` follows once they are parsed (the inline rules already
    // show the right one).
    var swap = function () {
      var en = document.querySelector('[data-boot-lang="en"]');
      var mine = document.querySelector('[data-boot-lang="' + code + '"]');
      if (en && mine) {
        en.hidden = true;
        mine.hidden = false;
      }
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", swap);
    else swap();
  }

  // 3. French and German messages, fetched when chosen (src/i18n/load.rs): resolves to the
  // files' texts in order, or rejects with [url, HTTP status] of the first file that failed
  // (status 0: no answer). Relative URLs, so a build under a path prefix finds them.
  window.heatTwinFetchTexts = function (urls) {
    return Promise.all(
      urls.map(function (url) {
        return fetch(url).then(
          function (r) {
            if (!r.ok) throw [url, r.status];
            return r.text();
          },
          function () {
            throw [url, 0];
          },
        );
      }),
    );
  };

  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;

  var TEXT = {
    en: ["A new version of heat-twin is available.", "Reload"],
    it: ["È disponibile una nuova versione di heat-twin.", "Ricarica"],
  };

  function offer(worker) {
    // Only when this page is already under a service worker: a first install is not news.
    if (!navigator.serviceWorker.controller || document.querySelector('[data-status="update"]')) return;
    var words = TEXT[document.documentElement.lang] || TEXT.en;
    var bar = document.createElement("div");
    bar.className = "update-bar";
    bar.setAttribute("role", "status");
    bar.setAttribute("data-status", "update");
    var text = document.createElement("span");
    text.textContent = words[0];
    var button = document.createElement("button");
    button.type = "button";
    button.setAttribute("data-action", "reload-new-version");
    button.textContent = words[1];
    button.addEventListener("click", function () {
      reloading = true;
      button.disabled = true;
      worker.postMessage("heat-twin-activate");
    });
    bar.appendChild(text);
    bar.appendChild(button);
    document.body.appendChild(bar);
  }

  var reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (reloading) location.reload();
  });

  function register() {
    navigator.serviceWorker
      .register("sw.js")
      .then(function (registration) {
        if (registration.waiting) offer(registration.waiting);
        registration.addEventListener("updatefound", function () {
          var worker = registration.installing;
          if (!worker) return;
          worker.addEventListener("statechange", function () {
            if (worker.state === "installed") offer(worker);
          });
        });
      })
      .catch(function () {
        // No service worker (a private window, a file:// page): the page works online as before.
      });
  }

  // The app removes #boot when it has its first results (src/app.rs).
  function whenStarted() {
    if (!document.getElementById("boot")) register();
    else setTimeout(whenStarted, 250);
  }
  window.addEventListener("load", whenStarted);
})();
