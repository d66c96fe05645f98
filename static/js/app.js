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
})();
