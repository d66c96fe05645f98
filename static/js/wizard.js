// Wizard steps: "Use this" puts a suggested sentence (a fix of the answer, or a note from
// the interview to start from) into its field, then the step checks it again.
//
// A fix in the step check was made from the text the newest check was asked about. If the
// user has typed since (the next check waits 500 ms after the last key), taking it would
// throw away what they typed, so the button waits for the check of the text as it is now.
(function () {
  "use strict";
  function same(a, b) {
    return (a || "").replace(/\r\n/g, "\n").trim() === (b || "").replace(/\r\n/g, "\n").trim();
  }

  // Each fix the check brings is stamped with the text it was made from.
  document.addEventListener("htmx:afterSwap", function (event) {
    var config = event.detail.requestConfig;
    var data = config && config.formData;
    if (!event.detail.target || event.detail.target.id !== "step-check" || !data || typeof data.get !== "function") return;
    event.detail.target.querySelectorAll("[data-fix-field]").forEach(function (button) {
      var field = document.getElementById(button.getAttribute("data-fix-field"));
      if (field && field.name && data.has(field.name)) button.setAttribute("data-fix-from", String(data.get(field.name)));
    });
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-fix-field]");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-fix-field"));
    if (!field) return;
    if (button.closest("#step-check")) {
      // Before any check ran, the fixes on the page were made from the saved answer.
      var from = button.hasAttribute("data-fix-from") ? button.getAttribute("data-fix-from") : field.defaultValue;
      if (!same(field.value, from)) {
        button.disabled = true;
        button.textContent = "Checking what you typed…";
        // The check of the text as it is now replaces this button in a moment.
        field.dispatchEvent(new Event("input", { bubbles: true }));
        return;
      }
    }
    field.value = button.getAttribute("data-fix-text");
    field.focus();
    // The live check listens for input: the notice follows the new text.
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
})();
