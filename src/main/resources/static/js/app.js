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
})();
