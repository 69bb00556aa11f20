// Kiosk countdown: ticks the seconds shown until the next 30-second code, and asks htmx for the new
// code as soon as it changes (polling every 5 s remains the fallback). No inline script (CSP).
(function () {
  'use strict';
  var left = null;
  var deadline = null;
  function sync() {
    var label = document.querySelector('[data-kiosk-left]');
    if (!label) {
      return;
    }
    var seconds = parseInt(label.getAttribute('data-kiosk-left'), 10);
    if (!isNaN(seconds)) {
      deadline = Date.now() + seconds * 1000;
    }
  }
  function tick() {
    if (deadline === null) {
      return;
    }
    var label = document.querySelector('[data-kiosk-left]');
    var bar = document.querySelector('.kiosk-bar');
    var seconds = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    if (seconds !== left && label) {
      left = seconds;
      label.textContent = label.textContent.replace(/\d+/, String(seconds));
      if (bar) {
        bar.value = seconds;
      }
    }
    if (seconds === 0) {
      deadline = null;
      document.body.dispatchEvent(new CustomEvent('kiosk-step'));
    }
  }
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('htmx:afterSwap', sync);
  setInterval(tick, 250);
  // Keep the tablet awake where the browser allows it.
  if (navigator.wakeLock && navigator.wakeLock.request) {
    navigator.wakeLock.request('screen').catch(function () {});
  }
})();
