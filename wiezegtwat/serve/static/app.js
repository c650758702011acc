// The quote popover: speaker, type, cue, statement and evidence of the quote under the pointer.
// Text goes in through textContent only, never as HTML.
(function () {
  "use strict";
  var pop = null;
  var pinned = null;
  var FIELDS = [["speaker", "spreker"], ["type", "soort"], ["cue", "werkwoord"],
                ["statement", "uiting"], ["evidence", "bewijs"]];

  function show(mark) {
    var dl = document.createElement("dl");
    FIELDS.forEach(function (f) {
      var value = mark.dataset[f[0]];
      if (!value) { return; }
      var dt = document.createElement("dt");
      dt.textContent = f[1];
      var dd = document.createElement("dd");
      dd.textContent = value;
      dd.className = "pop-" + f[0];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    pop.replaceChildren(dl);
    pop.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(8, left) + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
  }

  function hide() { if (!pinned) { pop.hidden = true; } }

  document.addEventListener("DOMContentLoaded", function () {
    pop = document.getElementById("popover");
    if (!pop) { return; }
    document.querySelectorAll("mark.quote").forEach(function (mark) {
      mark.addEventListener("mouseenter", function () { if (!pinned) { show(mark); } });
      mark.addEventListener("mouseleave", hide);
      mark.addEventListener("focus", function () { show(mark); });
      mark.addEventListener("blur", hide);
      mark.addEventListener("click", function (event) {
        event.stopPropagation();
        if (pinned) { pinned.classList.remove("active"); }
        pinned = pinned === mark ? null : mark;
        if (pinned) { mark.classList.add("active"); show(mark); } else { hide(); }
      });
    });
    document.addEventListener("click", function () {
      if (pinned) { pinned.classList.remove("active"); pinned = null; hide(); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { pinned = null; pop.hidden = true; }
    });
  });
})();
