// 隐患上报: show the photo just taken; add the phone's position when it is offered (optional), and with it choose
// the site whose geofence holds the phone — or, when the server knew no usual site, the nearest one.
(function () {
  'use strict';
  var form = document.querySelector('form[data-hazard]');
  if (!form) {
    return;
  }
  var input = form.querySelector('[data-photo]');
  var label = form.querySelector('[data-photo-label]');
  var preview = form.querySelector('[data-preview]');
  input.addEventListener('change', function () {
    if (input.files && input.files[0]) {
      preview.src = URL.createObjectURL(input.files[0]);
      preview.hidden = false;
      label.textContent = label.getAttribute('data-retake');
      label.parentNode.classList.add('taken');
    }
  });

  var select = form.querySelector('[data-site]');
  var note = form.querySelector('[data-site-note]');

  function meters(lat1, lon1, lat2, lon2) {
    var r = 6371000, rad = Math.PI / 180;
    var dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
    var a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }

  function choose(lat, lon) {
    var best = null, bestDistance = Infinity, inside = false;
    Array.prototype.forEach.call(select.options, function (o) {
      var d = meters(lat, lon, parseFloat(o.getAttribute('data-lat')), parseFloat(o.getAttribute('data-lon')));
      var within = d <= parseFloat(o.getAttribute('data-radius'));
      if ((within && !inside) || (within === inside && d < bestDistance)) {
        best = o; bestDistance = d; inside = within;
      }
    });
    // a site the phone stands in beats the usual one; the nearest only replaces the first in the list
    if (best && (inside || !select.hasAttribute('data-usual')) && !best.selected) {
      select.value = best.value;
      note.hidden = false;
    }
  }

  var touched = false;
  if (select) {
    select.addEventListener('change', function () { touched = true; note.hidden = true; });
  }
  if (navigator.geolocation) {
    navigator.geolocation.getCurrentPosition(function (p) {
      form.querySelector('input[name=latitude]').value = p.coords.latitude;
      form.querySelector('input[name=longitude]').value = p.coords.longitude;
      if (select && select.options.length > 1 && !touched) {
        choose(p.coords.latitude, p.coords.longitude);
      }
    }, function () { /* no position: the preselected site stands */ }, { maximumAge: 60000, timeout: 10000 });
  }
})();
