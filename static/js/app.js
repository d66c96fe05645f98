// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // Fill hidden time-zone fields (sign-up) with the browser's IANA zone.
  function fillTimeZones() {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone) return;
    document.querySelectorAll('input[name="time_zone"][type="hidden"]').forEach(function (el) {
      if (!el.value) el.value = zone;
    });
  }
  document.addEventListener("DOMContentLoaded", fillTimeZones);
  // Show what works only with scripts (the interviewer search), here and in rows htmx adds.
  function showScripted(root) {
    if (root.hasAttribute && root.hasAttribute("data-needs-js")) root.hidden = false;
    root.querySelectorAll("[data-needs-js]").forEach(function (el) { el.hidden = false; });
  }
  document.addEventListener("DOMContentLoaded", function () { showScripted(document); });
  document.addEventListener("htmx:load", function (event) { showScripted(event.detail.elt); });
})();
