// 签到 on the phone: the GPS fix goes into the form's hidden fields; the camera reads the kiosk's QR
// code and fills the checkpoint and the six digits. The browser's own BarcodeDetector reads it where
// there is one; only other browsers fetch jsQR (≈ 56 KB compressed), and only when the camera opens. Typing the digits always works. No inline
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
  var detector = null;
  var jsQRLoading = null;
  // A native QR reader, or null (resolves once: the answer never changes on a phone).
  function nativeDetector() {
    if (!('BarcodeDetector' in window) || !window.BarcodeDetector.getSupportedFormats) {
      return Promise.resolve(null);
    }
    return window.BarcodeDetector.getSupportedFormats()
      .then(function (formats) {
        return formats.indexOf('qr_code') >= 0 ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
      })
      .catch(function () { return null; });
  }
  function loadJsQR() {
    if (typeof jsQR === 'function') {
      return Promise.resolve();
    }
    if (!jsQRLoading) {
      jsQRLoading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = startButton.getAttribute('data-jsqr');
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return jsQRLoading;
  }
  function found(text) {
    if (text && accept(text)) {
      stop();
      scanner.hidden = true;
      return true;
    }
    return false;
  }
  function frame() {
    if (!stream) {
      return;
    }
    if (detector && video.readyState === video.HAVE_ENOUGH_DATA) {
      detector.detect(video)
        .then(function (codes) {
          if (!(codes.length && found(codes[0].rawValue))) {
            window.setTimeout(function () { window.requestAnimationFrame(frame); }, 120);
          }
        })
        .catch(function () { window.requestAnimationFrame(frame); });
      return;
    }
    if (!detector && typeof jsQR === 'function' && video.readyState === video.HAVE_ENOUGH_DATA) {
      var w = video.videoWidth;
      var h = video.videoHeight;
      var scale = Math.min(1, 640 / Math.max(w, h));
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      var image = context.getImageData(0, 0, canvas.width, canvas.height);
      var result = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      if (result && found(result.data)) {
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
    var reader = nativeDetector().then(function (d) {
      detector = d;
      return d ? null : loadJsQR();
    });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (s) {
        return reader.then(function () { return s; }, function () { return s; });
      })
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
