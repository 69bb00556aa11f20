// 我要作业, screen 2: "use my location" fills the work point from the phone (optional; SIMOPS check, ADR 0070).
// No inline scripts: loaded as a file under the strict CSP. Without JavaScript the two fields are typed in.
(function () {
  'use strict';

  function init() {
    var locate = document.querySelector('[data-simops-locate]');
    var clear = document.querySelector('[data-simops-clear]');
    var lat = document.querySelector('[data-simops-latitude]');
    var lon = document.querySelector('[data-simops-longitude]');
    var status = document.querySelector('[data-simops-status]');
    if (!locate || !lat || !lon) {
      return;
    }
    function say(key) {
      if (status) {
        status.textContent = key ? status.getAttribute('data-' + key) : '';
      }
    }
    if (!('geolocation' in navigator)) {
      say('unsupported');
      return;
    }
    locate.hidden = false;
    if (clear) {
      clear.hidden = false;
      clear.addEventListener('click', function () {
        lat.value = '';
        lon.value = '';
        say(null);
      });
    }
    locate.addEventListener('click', function () {
      say('locating');
      locate.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        lat.value = position.coords.latitude.toFixed(6);
        lon.value = position.coords.longitude.toFixed(6);
        locate.disabled = false;
        say(null);
      }, function () {
        locate.disabled = false;
        say('failed');
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
