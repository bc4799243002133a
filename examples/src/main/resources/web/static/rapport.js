// Rapport web: the quick exit, focus on form problems, and the charts. The pages work without it.
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
