// A filter box above each time-zone list (select[data-zone-filter]). Without scripts the
// list still works: common zones first, grouped by region, and typing a city's first
// letters on the closed list jumps to it. With the box, typing any part of a city or
// country narrows the list; Enter picks the first match and moves to the list.
(function () {
  "use strict";
  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function attach(select) {
    var box = document.createElement("input");
    box.type = "search";
    box.className = "form-control form-control-sm mb-1";
    box.placeholder = "Filter: type a city or country, e.g. Paris";
    box.setAttribute("aria-label", "Filter the time zones");
    box.setAttribute("aria-controls", select.id);
    box.id = select.id + "_filter";
    select.parentNode.insertBefore(box, select);
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    select.parentNode.insertBefore(status, select.nextSibling);

    box.addEventListener("input", function () {
      var query = normalise(box.value.trim());
      var shown = 0;
      Array.prototype.forEach.call(select.querySelectorAll("optgroup"), function (group) {
        var visible = 0;
        Array.prototype.forEach.call(group.querySelectorAll("option"), function (option) {
          var match = !query || normalise(option.textContent + " " + option.value).indexOf(query) !== -1;
          option.hidden = !match;
          if (match) visible += 1;
        });
        group.hidden = visible === 0;
        shown += visible;
      });
      status.textContent = query ? (shown === 1 ? "1 time zone matches" : shown + " time zones match") : "";
    });
    box.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault(); // Enter picks a zone here; it does not submit the form
      var first = select.querySelector("optgroup:not([hidden]) option:not([hidden])");
      if (first) select.value = first.value;
      select.focus();
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("select[data-zone-filter]"), attach);
  });
})();
