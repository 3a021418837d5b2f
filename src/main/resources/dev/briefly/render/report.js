(function () {
  "use strict";
  var status = document.getElementById("status");
  function flash(el) {
    if (!el) { return; }
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
    el.scrollIntoView({block: "center"});
  }
  document.querySelectorAll("a[data-go]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      var target = document.getElementById(a.getAttribute("data-go"));
      if (!target) { return; }
      e.preventDefault();
      history.replaceState(null, "", "#" + target.id);
      flash(target);
      var speaker = a.getAttribute("data-speaker-at");
      if (speaker) { flash(document.getElementById(speaker)); }
      // A target that is not focusable becomes so for this; a repair mark keeps its place in the Tab order.
      if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
      target.focus({preventScroll: true});
    });
  });
  // Only the chosen actor's elements are touched (lit, cur), so a choice costs its mentions, not the page's.
  var chosen = null, hits = [], lit = [], cur = null, at = -1;
  function show() {
    if (cur) { cur.classList.remove("cur"); cur = null; }
    if (at < 0 || !hits.length) { return; }
    var el = cur = hits[at];
    el.classList.add("cur");
    el.scrollIntoView({block: "center"});
    status.textContent = "Mention " + (at + 1) + " of " + hits.length;
  }
  function choose(button) {
    lit.forEach(function (el) { el.classList.remove("hit"); });
    if (chosen) { chosen.setAttribute("aria-pressed", "false"); }
    if (chosen === button) { chosen = null; hits = []; lit = []; at = -1; status.textContent = ""; show(); return; }
    chosen = button;
    button.setAttribute("aria-pressed", "true");
    // Every piece of a mention is lit; the first pieces (no data-cont) are the mentions one steps through.
    lit = Array.prototype.slice.call(document.querySelectorAll(
        ".article [data-actor=\"" + button.getAttribute("data-actor-button") + "\"]"));
    hits = lit.filter(function (el) { return !el.hasAttribute("data-cont"); });
    lit.forEach(function (el) { el.classList.add("hit"); });
    at = hits.length ? 0 : -1;
    status.textContent = hits.length ? "" : "No mention in the text";
    show();
  }
  document.querySelectorAll(".chip").forEach(function (b) {
    b.addEventListener("click", function () { choose(b); });
  });
  function step(by) {
    if (!hits.length) { return; }
    at = (at + by + hits.length) % hits.length;
    show();
  }
  var prev = document.getElementById("prev"), next = document.getElementById("next");
  if (prev) { prev.hidden = false; prev.addEventListener("click", function () { step(-1); }); }
  if (next) { next.hidden = false; next.addEventListener("click", function () { step(1); }); }
})();
