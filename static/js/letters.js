// Letter page: copy to the clipboard, and ask "Sent?" after the user sends it themselves.
(function () {
  "use strict";
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = document.execCommand("copy");
    area.remove();
    return ok ? Promise.resolve() : Promise.reject();
  }
  function askSent(via) {
    var prompt = document.getElementById("sent-prompt");
    if (!prompt) return;
    var choice = prompt.querySelector('input[name="via"][value="' + via + '"]');
    if (choice) choice.checked = true;
    prompt.classList.add("border-success", "border-2");
    // Later, so a mailto: or a download has started before the page scrolls.
    setTimeout(function () { prompt.focus(); prompt.scrollIntoView({ block: "center" }); }, 300);
  }
  document.addEventListener("click", function (event) {
    var el = event.target.closest("[data-copy], [data-sent-via]");
    if (!el) return;
    if (el.hasAttribute("data-copy")) {
      var status = document.getElementById("copy-status");
      copy(el.getAttribute("data-copy")).then(
        function () { if (status) status.textContent = "Copied. Paste it into your email."; },
        function () { if (status) status.textContent = "Copying failed: select the text and copy it by hand."; }
      );
    }
    if (el.hasAttribute("data-sent-via")) askSent(el.getAttribute("data-sent-via"));
  });
  // The ways to send use the saved draft: say so while the editor holds unsaved changes.
  document.addEventListener("input", function (event) {
    if (!event.target.closest("#letter-form")) return;
    document.querySelectorAll(".unsaved-warning").forEach(function (el) { el.classList.remove("d-none"); });
  });
})();
