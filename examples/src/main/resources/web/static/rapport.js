// Rapport web: the quick exit, focus on form problems, the charts, and copying a letter. The pages
// work without it.
(function () {
  'use strict';

  var AWAY = '/away';

  // Leaves for the neutral page and replaces this page in the history, so "Back" does not return.
  function quickExit(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.style.visibility = 'hidden';
    window.location.replace(AWAY);
  }

  var exit = document.getElementById('quick-exit');
  if (exit) {
    exit.addEventListener('click', quickExit);
  }

  // Pressing Esc twice in quick succession also leaves.
  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      var now = Date.now();
      if (now - lastEscape < 1000) {
        quickExit(event);
      }
      lastEscape = now;
    }
  });

  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }

  // Copies the letter as the fields now stand: their non-blank text, a blank line between them,
  // just as the downloaded file has it.
  var copy = document.getElementById('copy-letter');
  var copyStatus = document.getElementById('copy-status');
  if (copy && navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      var parts = [];
      document.querySelectorAll('[data-letter-part]').forEach(function (field) {
        var text = field.value.trim();
        if (text) {
          parts.push(text);
        }
      });
      navigator.clipboard.writeText(parts.join('\n\n') + '\n').then(
        function () { copyStatus.textContent = 'The letter is copied. Paste it wherever you like.'; },
        function () { copyStatus.textContent = 'It could not be copied. Select the text of each part and copy it instead.'; });
    });
  }

  if (window.Chart) {
    var style = getComputedStyle(document.body);
    window.Chart.defaults.font.family = style.fontFamily;
    window.Chart.defaults.font.size = 14;
    window.Chart.defaults.color = '#3b4048';
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var config = JSON.parse(canvas.getAttribute('data-chart'));
      config.options = Object.assign(
        { animation: false, responsive: true, maintainAspectRatio: false },
        config.options || {});
      new window.Chart(canvas, config);
      canvas.setAttribute('data-drawn', 'true');
    });
  }
})();
