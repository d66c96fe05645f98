// Keep server-rendered follow-up countdowns ticking; same wording as
// interviews/templatetags/interview_tags.py (describe_time_left).
(function () {
  "use strict";
  function describe(ms) {
    var overdue = ms < 0;
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var days = Math.floor(minutes / 1440);
    minutes -= days * 1440;
    var hours = Math.floor(minutes / 60);
    minutes -= hours * 60;
    var amount = days ? days + " d " + hours + " h"
      : hours ? hours + " h " + minutes + " min"
      : minutes + " min";
    return overdue ? "overdue by " + amount : amount + " left";
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll(".countdown[data-deadline]").forEach(function (el) {
      var deadline = Date.parse(el.dataset.deadline);
      if (isNaN(deadline)) return;
      var ms = deadline - now;
      el.textContent = describe(ms);
      el.classList.toggle("overdue", ms < 0);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    tick();
    setInterval(tick, 30000);
  });
})();
