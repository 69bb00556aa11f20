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
})();
