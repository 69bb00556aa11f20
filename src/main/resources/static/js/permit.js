// Permit pages: one submit per form (a double tap does not send twice) and, on the decision page,
// the place of the decision from the phone's location (GB 30871 4.11: approve at the work site).
// No inline scripts: loaded as a file under the strict CSP.
(function () {
  'use strict';

  function submitOnce(form) {
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) {
        return;
      }
      if (form.getAttribute('data-submitting') === 'true') {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-submitting', 'true');
    });
  }

  function geolocate(form) {
    var status = form.querySelector('[data-geo-status]');
    if (!('geolocation' in navigator)) {
      if (status) {
        status.hidden = true;
      }
      return;
    }
    if (status) {
      status.hidden = false;
    }
    navigator.geolocation.getCurrentPosition(function (position) {
      form.querySelector('[data-latitude]').value = position.coords.latitude.toFixed(6);
      form.querySelector('[data-longitude]').value = position.coords.longitude.toFixed(6);
      if (status) {
        status.textContent = status.getAttribute('data-found');
      }
    }, function () {
      if (status) {
        status.hidden = true;
      }
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  }

  function init() {
    document.querySelectorAll('form[data-submit-once]').forEach(submitOnce);
    document.querySelectorAll('form[data-geolocate]').forEach(geolocate);
  }

  // Coming back with the browser's back button shows the page from the cache: allow submitting again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-submitting]').forEach(function (form) {
      form.removeAttribute('data-submitting');
    });
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
