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
  // A mark's message shows in one box outside the text, kept inside the window: drawn inside its paragraph
  // (CSS ::after) it was clipped by the paragraph's content-visibility and ran out of the window at the right edge.
  document.documentElement.classList.add("js");
  var article = document.getElementById("article"), tip = document.createElement("div"), tipFor = null;
  tip.id = "tip";
  tip.setAttribute("role", "tooltip");
  tip.setAttribute("aria-hidden", "true"); // a screen reader has the mark's title or aria-description already
  tip.hidden = true;
  document.body.appendChild(tip);
  function showTip(mark) {
    tipFor = mark;
    tip.textContent = mark.getAttribute("data-msg");
    tip.hidden = false;
    var at = mark.getClientRects()[0] || mark.getBoundingClientRect(), view = document.documentElement;
    var width = view.clientWidth, height = view.clientHeight, w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(8, Math.min(document.dir === "rtl" ? at.right - w : at.left, width - w - 8));
    var top = at.bottom + 4 + h <= height - 4 || at.top - h - 4 < 0 ? at.bottom + 4 : at.top - h - 4;
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
  }
  function hideTip() {
    var focused = document.activeElement;
    if (focused && focused !== tipFor && article && article.contains(focused) && focused.hasAttribute("data-msg")) {
      showTip(focused);
    } else {
      tip.hidden = true;
      tipFor = null;
    }
  }
  function markOf(el) { return el && el.closest ? el.closest("[data-msg]") : null; }
  if (article) {
    article.addEventListener("mouseover", function (e) {
      var m = markOf(e.target);
      if (m && m !== tipFor) { showTip(m); }
    });
    article.addEventListener("mouseout", function (e) {
      var m = markOf(e.target);
      if (m && m === tipFor && !m.contains(e.relatedTarget) && !tip.contains(e.relatedTarget)) { hideTip(); }
    });
    article.addEventListener("focusin", function (e) {
      if (e.target.hasAttribute("data-msg")) { showTip(e.target); }
    });
    article.addEventListener("focusout", function (e) {
      if (e.target === tipFor) { tipFor = null; tip.hidden = true; }
    });
  }
  // The box can be hovered (to read it) and dismissed with Escape without moving the focus (WCAG 1.4.13).
  tip.addEventListener("mouseleave", function (e) { if (!tipFor || !tipFor.contains(e.relatedTarget)) { hideTip(); } });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { tip.hidden = true; } });
  window.addEventListener("resize", function () { if (tipFor && !tip.hidden) { showTip(tipFor); } });
  var prev = document.getElementById("prev"), next = document.getElementById("next");
  if (prev) { prev.hidden = false; prev.addEventListener("click", function () { step(-1); }); }
  if (next) { next.hidden = false; next.addEventListener("click", function () { step(1); }); }
})();
