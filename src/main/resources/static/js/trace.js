// The permit's record (/p/{id}): the photo form carries the phone's position into the watermark, and the
// signature of a step decided without one is left out rather than shown as a broken image. A file of its
// own because the pages' Content-Security-Policy (script-src 'self') blocks inline scripts and handlers.
(function () {
  'use strict';
  var form = document.getElementById('photos');
  if (form && navigator.geolocation) {
    navigator.geolocation.getCurrentPosition(function (p) {
      form.elements.latitude.value = p.coords.latitude;
      form.elements.longitude.value = p.coords.longitude;
    });
  }
  document.querySelectorAll('img.trace-signature').forEach(function (img) {
    function drop() { img.parentNode.removeChild(img); }
    if (img.complete && img.naturalWidth === 0) {
      drop();
    } else {
      img.addEventListener('error', drop);
    }
  });
})();
