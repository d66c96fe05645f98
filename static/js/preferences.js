// Reminder preferences: "Email me reminders" off disables each reminder's switch at once.
// The server does the same on every save (accounts/forms.py), so this is only a courtesy.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var master = document.querySelector("input[data-reminders-master]");
    if (!master) return;
    function sync() {
      Array.prototype.forEach.call(document.querySelectorAll("[data-reminder-switch]"), function (input) {
        input.disabled = !master.checked;
      });
    }
    master.addEventListener("change", sync);
  });
})();
