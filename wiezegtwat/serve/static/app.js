// The quote popover: speaker, type, cue, statement and evidence of the quote under the pointer.
// Text goes in through textContent only, never as HTML. The labels come from the popover's
// data-label-* attributes, written in the page's language by the server.
(function () {
  "use strict";
  var pop = null;
  var pinned = null;
  var FIELDS = ["speaker", "type", "cue", "statement", "evidence"];
  // The engine writes its evidence in English, whatever the page's language.
  var LANG = {evidence: "en"};

  function label(field) {
    return pop.dataset["label" + field.charAt(0).toUpperCase() + field.slice(1)] || field;
  }

  function show(mark) {
    var dl = document.createElement("dl");
    FIELDS.forEach(function (f) {
      var value = mark.dataset[f];
      if (!value) { return; }
      var dt = document.createElement("dt");
      dt.textContent = label(f);
      var dd = document.createElement("dd");
      dd.textContent = value;
      dd.className = "pop-" + f;
      if (LANG[f]) { dd.lang = LANG[f]; }
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
