// "3 new articles": the store grows while a page is open (an ingest or a watch beside serve).
// The page asks /api/status for the article count when it opens and every data-poll-ms after
// (30 s), and says how many arrived since, with a link to reload; it never reloads by itself.
(function () {
  'use strict';
  var banner = document.getElementById('live');
  if (!banner || !window.fetch) {
    return;
  }
  var base = null;

  function count() {
    return fetch('/api/status', {headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { return s && typeof s.articles === 'number' ? s.articles : null; })
      .catch(function () { return null; });
  }

  function check() {
    return count().then(function (n) {
      if (n === null) {
        return;
      }
      if (base === null) {
        base = n;
        return;
      }
      if (n > base) {
        var k = n - base;
        banner.textContent = k + (k === 1 ? ' new article' : ' new articles') + ' since this page opened. ';
        var reload = document.createElement('a');
        reload.href = window.location.href;
        reload.textContent = 'Reload';
        banner.appendChild(reload);
        banner.hidden = false;
      }
    });
  }

  window.newsgraphLive = {check: check};
  check();
  window.setInterval(check, Number(banner.getAttribute('data-poll-ms')) || 30000);
})();
