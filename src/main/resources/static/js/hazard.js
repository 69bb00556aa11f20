// 隐患上报: show the photo just taken, and add the phone's position when it is offered (optional).
(function () {
  'use strict';
  var form = document.querySelector('form[data-hazard]');
  if (!form) {
    return;
  }
  var input = form.querySelector('[data-photo]');
  var preview = form.querySelector('[data-preview]');
  input.addEventListener('change', function () {
    if (input.files && input.files[0]) {
      preview.src = URL.createObjectURL(input.files[0]);
      preview.hidden = false;
    }
  });
  if (navigator.geolocation) {
    navigator.geolocation.getCurrentPosition(function (p) {
      form.querySelector('[data-lat]').value = p.coords.latitude;
      form.querySelector('[data-lon]').value = p.coords.longitude;
    }, function () { /* the place is the chosen site */ }, { maximumAge: 60000, timeout: 10000 });
  }
})();
