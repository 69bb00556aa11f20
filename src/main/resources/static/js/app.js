// Small, dependency-free helpers; htmx does the rest. No inline scripts (CSP).
(function () {
  'use strict';
  // Send the CSRF token with every htmx request that changes state.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // A select with data-filters="id" narrows the select #id to the option groups whose data-regime is
  // its value (the certificate form: regime → items). Without JavaScript every group stays available.
  function narrowGroups(select) {
    var target = document.getElementById(select.getAttribute('data-filters'));
    if (!target) {
      return;
    }
    target.querySelectorAll('optgroup[data-regime]').forEach(function (group) {
      var match = group.getAttribute('data-regime') === select.value;
      group.hidden = !match;
      group.disabled = !match;
    });
    var chosen = target.options[target.selectedIndex];
    if (chosen && chosen.parentElement.disabled) {
      target.value = '';
    }
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('select[data-filters]')) {
      narrowGroups(event.target);
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-filters]').forEach(narrowGroups);
  });
  // The page's one live stream (ADR 0062), when the layout names it: each hint becomes a body event that htmx
  // triggers listen for (hx-trigger="live-inbox from:body"). The browser reconnects after a dropped connection; a
  // signed-out page gets the login page instead of a stream, and EventSource then stops for good.
  document.addEventListener('DOMContentLoaded', function () {
    var meta = document.querySelector('meta[name="anzuo-live"]');
    if (!meta || !window.EventSource) {
      return;
    }
    var source = new EventSource(meta.content);
    // data-live on <html> says whether the stream is open (tests wait for it)
    source.addEventListener('open', function () {
      document.documentElement.setAttribute('data-live', 'open');
    });
    source.addEventListener('error', function () {
      document.documentElement.setAttribute('data-live', 'closed');
    });
    ['inbox', 'alarm', 'refresh'].forEach(function (name) {
      source.addEventListener(name, function (event) {
        document.body.dispatchEvent(new CustomEvent('live-' + name, { detail: event.data }));
      });
    });
    window.addEventListener('pagehide', function () {
      source.close();
    });
  });
})();
