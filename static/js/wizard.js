// Wizard steps: "Use this" puts a suggested sentence (a fix of the answer, or a note from
// the interview to start from) into its field, then the step checks it again.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-fix-field]");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-fix-field"));
    if (!field) return;
    field.value = button.getAttribute("data-fix-text");
    field.focus();
    // The live check listens for input: the notice follows the new text.
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
})();
