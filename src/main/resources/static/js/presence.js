// The guardian's page reports the phone's position every 30 s while the permit is active (API.md
// "Guardian presence"): outside the fence, or silent past the company's limit, the work is suspended.
(function () {
  'use strict';
  var box = document.querySelector('[data-presence]');
  if (!box || !navigator.geolocation) {
    return;
  }
  var url = box.getAttribute('data-presence-url');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var last = null;
  function show(selector, on) {
    var el = box.querySelector(selector);
    if (el) { el.hidden = !on; }
  }
  function report() {
    if (!last) {
      return;
    }
    var body = new URLSearchParams({ latitude: last.latitude, longitude: last.longitude,
      accuracyMeters: Math.round(last.accuracy) });
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) { headers[header.content] = token.content; }
    fetch(url, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (answer) {
          show('[data-presence-out]', !answer.inside);
          show('[data-presence-wait]', answer.inside);
        }
      })
      .catch(function () { /* the next report tries again */ });
  }
  navigator.geolocation.watchPosition(function (position) {
    var first = last === null;
    last = position.coords;
    show('[data-presence-fail]', false);
    if (first) { report(); }
  }, function () {
    show('[data-presence-fail]', true);
  }, { enableHighAccuracy: true, maximumAge: 10000 });
  window.setInterval(report, 30000);
})();
