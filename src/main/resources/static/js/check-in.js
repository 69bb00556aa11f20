// 签到 on the phone: the GPS fix goes into the form's hidden fields; the camera reads the kiosk's QR
// code (jsQR) and fills the checkpoint and the six digits. Typing the digits always works. No inline
// script (CSP). The server decides; this file only gathers what the phone knows.
(function () {
  'use strict';
  var form = document.querySelector('form[data-check-in]');
  if (!form) {
    return;
  }
  var lat = form.querySelector('[data-lat]');
  var lon = form.querySelector('[data-lon]');
  var acc = form.querySelector('[data-acc]');
  var proof = form.querySelector('#proof');
  var checkpoint = form.querySelector('#checkpointCode');

  function show(selector, visible) {
    var el = form.querySelector(selector);
    if (el) {
      el.hidden = !visible;
    }
    return el;
  }

  // --- Location: watch the position while the page is open, keep the best recent fix.
  function located(position) {
    var c = position.coords;
    lat.value = c.latitude.toFixed(7);
    lon.value = c.longitude.toFixed(7);
    acc.value = Math.round(c.accuracy * 10) / 10;
    show('[data-gps-wait]', false);
    show('[data-gps-fail]', false);
    var ok = show('[data-gps-ok]', true);
    if (ok) {
      if (!ok.getAttribute('data-template')) {
        ok.setAttribute('data-template', ok.textContent);
      }
      ok.textContent = ok.getAttribute('data-template').replace('{0}', String(Math.round(c.accuracy)));
    }
  }
  function notLocated() {
    if (lat.value) {
      return; // keep the fix we have
    }
    show('[data-gps-wait]', false);
    show('[data-gps-fail]', true);
  }
  if (navigator.geolocation) {
    navigator.geolocation.getCurrentPosition(located, notLocated, { enableHighAccuracy: true, timeout: 15000, maximumAge: 10000 });
    navigator.geolocation.watchPosition(located, notLocated, { enableHighAccuracy: true, maximumAge: 5000 });
  } else {
    notLocated();
  }

  // --- Camera: scan the kiosk's QR code (…/onsite/check-in?cp=GATE-1&code=123456).
  var scanner = form.querySelector('[data-scanner]');
  var video = form.querySelector('[data-video]');
  var startButton = form.querySelector('[data-start-scan]');
  var stream = null;
  var canvas = document.createElement('canvas');
  var context = canvas.getContext('2d', { willReadFrequently: true });

  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
    }
  }
  function accept(text) {
    var cp = null;
    var code = null;
    try {
      var url = new URL(text, window.location.href);
      cp = url.searchParams.get('cp');
      code = url.searchParams.get('code');
    } catch (e) {
      // not a URL: perhaps only the digits
    }
    if (!code && /^\d{6}$/.test(text.trim())) {
      code = text.trim();
    }
    if (!code) {
      return false;
    }
    if (cp && checkpoint) {
      checkpoint.value = cp;
    }
    proof.value = code;
    show('[data-msg-found]', true);
    if (navigator.vibrate) {
      navigator.vibrate(80);
    }
    return true;
  }
  function frame() {
    if (!stream || typeof jsQR !== 'function') {
      return;
    }
    if (video.readyState === video.HAVE_ENOUGH_DATA) {
      var w = video.videoWidth;
      var h = video.videoHeight;
      var scale = Math.min(1, 640 / Math.max(w, h));
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      var image = context.getImageData(0, 0, canvas.width, canvas.height);
      var found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      if (found && found.data && accept(found.data)) {
        stop();
        scanner.hidden = true;
        return;
      }
    }
    window.requestAnimationFrame(frame);
  }
  function start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      show('[data-msg-denied]', true);
      return;
    }
    scanner.hidden = false;
    show('[data-msg-found]', false);
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        video.play();
        window.requestAnimationFrame(frame);
      })
      .catch(function () {
        show('[data-msg-denied]', true);
        video.hidden = true;
      });
  }
  if (scanner && startButton && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    startButton.hidden = false;
    startButton.addEventListener('click', start);
  }
  // Opened from the kiosk's QR code with the digits already filled: no need for the camera.
  window.addEventListener('pagehide', stop);
})();
