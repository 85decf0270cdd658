// liaison web UI: small progressive enhancements; every page works without this file.
"use strict";
(function () {
  function onReady(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  // Highlight the evidence of one event in the article text.
  function showEvidence(id, scroll) {
    var text = document.getElementById("article-text");
    if (!text) return;
    var first = null;
    text.querySelectorAll(".ev").forEach(function (el) {
      var ids = (el.getAttribute("data-ev") || "").split(" ");
      var on = ids.indexOf(id) >= 0;
      el.classList.toggle("hl", on);
      if (on && !first) first = el;
    });
    document.querySelectorAll(".rec-events li").forEach(function (li) {
      li.classList.toggle("active", li.id === "ev-" + id);
    });
    if (first && scroll) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  onReady(function () {
    document.querySelectorAll(".ev-toggle").forEach(function (btn) {
      btn.addEventListener("click", function () { showEvidence(btn.getAttribute("data-ev"), true); });
    });
    // Hovering evidence in the text marks its event(s) in the record.
    var text = document.getElementById("article-text");
    if (text) {
      text.addEventListener("mouseover", function (ev) {
        var el = ev.target.closest ? ev.target.closest("[data-ev]") : null;
        if (el) showEvidence(el.getAttribute("data-ev").split(" ")[0], false);
      });
    }
    var runs = document.getElementById("show-runs");
    if (runs && text) {
      runs.addEventListener("change", function () { text.classList.toggle("runs-on", runs.checked); });
    }
    if (location.hash && location.hash.indexOf("#ev-") === 0) showEvidence(location.hash.slice(4), true);
    // Filters apply as soon as a select changes.
    document.querySelectorAll("#event-filters select, #network-filters select, #network-filters input[type=checkbox]").forEach(function (sel) {
      sel.addEventListener("change", function () { sel.form.submit(); });
    });
    // Character count for the extract box.
    var area = document.querySelector(".extract textarea");
    var count = document.getElementById("char-count");
    if (area && count) {
      var limit = parseInt(area.getAttribute("maxlength"), 10);
      var update = function () { count.textContent = area.value.length.toLocaleString() + " / " + limit.toLocaleString() + " characters"; };
      area.addEventListener("input", update);
      update();
    }
  });
})();
