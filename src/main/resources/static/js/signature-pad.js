// Handwritten signature on a <canvas data-signature-pad="inputId">, drawn with pointer events
// (finger, stylus or mouse). On submit the drawing goes into the hidden input as a PNG data URL;
// an untouched pad sends nothing, or — when the page has [data-signature-required="canvasId"] — is
// not sent at all until signed. A button [data-signature-clear="canvasId"] starts over.
// Our own small code (no library); no inline script, so it works under the strict CSP.
(function () {
  'use strict';

  function setup(canvas) {
    var input = document.getElementById(canvas.getAttribute('data-signature-pad'));
    var form = canvas.closest('form');
    var context = canvas.getContext('2d');
    var drawn = false;
    var last = null;
    var pointer = null;

    function prepare() {
      var ratio = Math.max(window.devicePixelRatio || 1, 1);
      var box = canvas.getBoundingClientRect();
      if (box.width === 0) {
        return;
      }
      canvas.width = Math.round(box.width * ratio);
      canvas.height = Math.round(box.height * ratio);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.lineWidth = 2.6;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = '#10243a';
      context.fillStyle = '#10243a';
    }

    function at(event) {
      var box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    }

    function dot(p) {
      context.beginPath();
      context.arc(p.x, p.y, context.lineWidth / 2, 0, Math.PI * 2);
      context.fill();
    }

    function line(from, to) {
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    }

    function mark(state) {
      drawn = state;
      canvas.classList.toggle('signed', state);
      if (!state && input) {
        input.value = '';
      }
    }

    canvas.addEventListener('pointerdown', function (event) {
      if (pointer !== null) {
        return;
      }
      event.preventDefault();
      pointer = event.pointerId;
      if (canvas.setPointerCapture) {
        canvas.setPointerCapture(event.pointerId);
      }
      last = at(event);
      dot(last);
      mark(true);
      if (notice) {
        notice.hidden = true;
      }
    });

    canvas.addEventListener('pointermove', function (event) {
      if (event.pointerId !== pointer) {
        return;
      }
      event.preventDefault();
      var points = event.getCoalescedEvents ? event.getCoalescedEvents() : [];
      if (points.length === 0) {
        points = [event];
      }
      points.forEach(function (p) {
        var next = at(p);
        line(last, next);
        last = next;
      });
    });

    function stop(event) {
      if (event.pointerId === pointer) {
        pointer = null;
        last = null;
      }
    }
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);

    document.querySelectorAll('[data-signature-clear="' + canvas.id + '"]').forEach(function (button) {
      button.addEventListener('click', function () {
        context.clearRect(0, 0, canvas.width, canvas.height);
        mark(false);
      });
    });

    var notice = document.querySelector('[data-signature-required="' + canvas.id + '"]');
    if (form && input) {
      form.addEventListener('submit', function (event) {
        if (!drawn && notice) {
          // Every decision is signed (PRODUCT.md 2.2): ask for the signature before it is sent.
          event.preventDefault();
          notice.hidden = false;
          canvas.scrollIntoView({ block: 'center', behavior: 'smooth' });
          return;
        }
        input.value = drawn ? canvas.toDataURL('image/png') : '';
      });
    }

    prepare();
    window.addEventListener('resize', function () {
      if (!drawn) {
        prepare();
      }
    });
  }

  function init() {
    document.querySelectorAll('canvas[data-signature-pad]').forEach(setup);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
