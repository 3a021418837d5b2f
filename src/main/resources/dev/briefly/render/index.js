(function () {
  "use strict";
  var table = document.getElementById("index"), body = table.tBodies[0];
  var filter = document.getElementById("filter");
  document.getElementById("filterbox").hidden = false;
  filter.addEventListener("input", function () {
    var q = filter.value.toLowerCase();
    Array.prototype.forEach.call(body.rows, function (r) {
      r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
    });
  });
  table.querySelectorAll("th button").forEach(function (b) {
    b.addEventListener("click", function () {
      var col = +b.getAttribute("data-col"), th = b.parentNode;
      var up = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (x, y) {
        var a = x.cells[col].textContent, c = y.cells[col].textContent;
        var d = (col === 3 || col === 4) ? (+a) - (+c) : a.localeCompare(c);
        return up ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
