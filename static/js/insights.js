// Draws every <canvas data-chart="ID"> from the JSON in <script type="application/json" id="ID">
// (Django's json_script), with Chart.js served from our static files. No inline script, so it
// runs under a Content-Security-Policy without 'unsafe-inline'.
(function () {
  "use strict";
  function draw() {
    if (typeof window.Chart === "undefined") {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var source = document.getElementById(canvas.dataset.chart);
      if (!source) {
        return;
      }
      var config = JSON.parse(source.textContent);
      config.options = Object.assign(
        { responsive: true, maintainAspectRatio: false, animation: false },
        config.options || {}
      );
      config.options.plugins = Object.assign(
        { legend: { position: "bottom" } },
        config.options.plugins || {}
      );
      canvas.chart = new window.Chart(canvas, config);
      canvas.dataset.drawn = "true";
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
