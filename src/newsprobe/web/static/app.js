/* newsprobe web app: layer toggles, finding → evidence highlighting, jumps to spans.
   No inline handlers (the CSP forbids them): everything is delegated from the document, so
   content swapped in by htmx works without re-binding. */
(function () {
  "use strict";

  var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function article() { return document.getElementById("article"); }

  function say(text) {
    var live = document.getElementById("w-live");
    if (live) { live.textContent = ""; window.setTimeout(function () { live.textContent = text; }, 30); }
  }

  function show(el) {
    el.scrollIntoView({ behavior: still ? "auto" : "smooth", block: "center" });
    if (el.focus) { el.focus({ preventScroll: true }); }
  }

  function flash(el) {
    el.classList.remove("w-flash");
    void el.offsetWidth;
    el.classList.add("w-flash");
    window.setTimeout(function () { el.classList.remove("w-flash"); }, 2000);
  }

  function applyToggle(box) {
    var art = article();
    if (art) { art.classList.toggle("w-off-" + box.getAttribute("data-toggle"), !box.checked); }
  }

  function clearFinding() {
    var art = article();
    if (!art) { return; }
    art.querySelectorAll(".w-ev.w-on, .w-fspan.w-on").forEach(function (el) { el.classList.remove("w-on"); });
    document.querySelectorAll(".w-finding-btn[aria-pressed='true']").forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
    });
  }

  /* Highlight the evidence of finding `id`; returns the element to move to. */
  function selectFinding(id) {
    var art = article();
    if (!art) { return null; }
    clearFinding();
    var sel = "[data-finding='" + id + "']";
    var evidence = art.querySelectorAll(".w-ev" + sel);
    var checked = art.querySelectorAll(".w-fspan" + sel);
    evidence.forEach(function (el) { el.classList.add("w-on"); });
    checked.forEach(function (el) { el.classList.add("w-on"); });
    var btn = document.querySelector(".w-finding-btn" + sel);
    if (btn) { btn.setAttribute("aria-pressed", "true"); }
    var count = art.querySelectorAll(".w-ev" + sel + ":not(.w-cont)").length;
    if (count) {
      say(count + " evidence sentence" + (count > 1 ? "s" : "") + " highlighted in the text.");
      return art.querySelector(".w-ev" + sel);
    }
    say("No evidence in the text; the checked line is marked.");
    return checked.length ? checked[0] : null;
  }

  document.addEventListener("change", function (ev) {
    var box = ev.target;
    if (box && box.matches && box.matches("input[data-toggle]")) { applyToggle(box); }
  });

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!t || !t.closest) { return; }
    var btn = t.closest(".w-finding-btn");
    if (btn) {
      var target = selectFinding(btn.getAttribute("data-finding"));
      if (target) { show(target); }
      return;
    }
    var weak = t.closest(".w-weak-btn");
    if (weak) {
      var art = article();
      var on = art && art.classList.toggle("w-show-weak");
      weak.setAttribute("aria-pressed", on ? "true" : "false");
      var first = on && art.querySelector(".w-weak");
      if (first) { first.scrollIntoView({ behavior: still ? "auto" : "smooth", block: "center" }); }
      return;
    }
    var jump = t.closest("a.w-jump");
    if (jump) {
      var id = (jump.getAttribute("href") || "").replace(/^#/, "");
      var el = id && document.getElementById(id);
      if (!el) { return; }
      ev.preventDefault();
      if (jump.hasAttribute("data-finding")) { selectFinding(jump.getAttribute("data-finding")); }
      if (history.replaceState) { history.replaceState(null, "", "#" + id); }
      show(el);
      flash(el);
    }
  });

  function init() {
    document.querySelectorAll("input[data-toggle]").forEach(applyToggle);
    var id = window.location.hash.replace(/^#/, "");
    var el = id && document.getElementById(id);
    if (el && article() && article().contains(el)) { show(el); flash(el); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
