// Starts the silent sign-in as soon as the page's HTML arrives, while the app's scripts are still
// downloading and compiling: the app (src/lib/auth/session.ts, restoreSession) takes this answer
// instead of asking itself, which on a cold load saved about a second before anything could render.
// It takes the same Web Lock as the app: the refresh cookie rotates on every use, and two tabs
// restored together must not present the same one. A classic script from this origin, so the
// strict Content-Security-Policy (no inline script) still holds. The build ships it joined with the
// preloads of the page the address opens (scripts/vite-route-preload.ts); development serves it alone.
(function () {
  var asked;
  // Settles once the request has left: the page's preloads wait for it (below, in the build), else on
  // HTTP/1.1's six connections the refresh queued behind them for ~600 ms.
  window.__gatehouseAsked = new Promise(function (resolve) {
    asked = resolve;
  });
  // Who's online draws its list from the presence snapshot. On a cold load of that page it comes back named in the
  // session's renewal (include=online: the first page of GET /presence?exclude_offline=true&include=user), in the
  // same round trip as the access token: the app's live socket would only get it after the scripts have run and the
  // first render is done (src/lib/live/live-connection.ts, takeEarlySnapshot), and a second request could only leave
  // once the main thread, busy with the page's first layout, had read the first answer. Only whole snapshots are
  // handed over (absent from it means offline): a community with more online waits for the socket.
  var online = location.pathname === '/online';
  function ask() {
    var request = fetch('/api/v1/auth/refresh?include=me' + (online ? ',online' : ''), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      priority: 'high',
    });
    asked();
    return request.then(function (response) {
      return response.ok
        ? response.json().then(function (tokens) {
            return { ok: true, tokens: tokens };
          })
        : { ok: false };
    });
  }
  window.__gatehouseRestore = 'locks' in navigator ? navigator.locks.request('gatehouse-refresh', ask) : ask();
  // Nobody may be listening yet; a network failure is read (and handled) by the app.
  window.__gatehouseRestore.catch(function () {});
  if (online)
    window.__gatehouseOnline = window.__gatehouseRestore.then(
      function (answer) {
        var page = answer.ok && answer.tokens.included && answer.tokens.included.online;
        return page && !page.next_cursor ? page.items : null;
      },
      function () {
        return null;
      },
    );
})();

// The first Intl.Collator and the first Intl.DateTimeFormat of a page cost 15-80 ms each in Chromium on this
// project's reference machine (ICU loads its locale data once per page; later instances take under 1 ms). Every page
// sorts names or formats dates in its first render, which is on the path to a usable page; while the app's modules
// download the main thread has little to do, so pay that cost then, in the language picked for the shell.
// - The collator as soon as the first frame is painted: Who's online's early view sorts its list with one as soon as
//   the restore's answer is in, so that cost is on the way to a named list whenever it is paid, and the page was
//   seldom idle before that answer (an idle callback ran after it).
// - The date formats in an idle moment: nothing needs them before the app's first render.
(function () {
  function language() {
    return document.documentElement.lang || undefined;
  }
  requestAnimationFrame(function () {
    setTimeout(function () {
      new Intl.Collator(language()).compare('a', 'b');
    }, 0);
  });
  if ('requestIdleCallback' in window)
    requestIdleCallback(
      function () {
        new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' }).format(0);
      },
      { timeout: 3000 },
    );
})();
