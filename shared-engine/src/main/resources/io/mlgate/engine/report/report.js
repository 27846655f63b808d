(function () {
  "use strict";
  var table = document.getElementById("checks");
  var filters = document.getElementById("filters");
  var search = document.getElementById("check-search");
  if (!table || !filters) {
    return;
  }
  function apply() {
    var shown = {};
    filters.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      shown[box.value] = box.checked;
    });
    var needle = search ? search.value.trim().toLowerCase() : "";
    table.querySelectorAll("tbody > tr[data-status]").forEach(function (row) {
      var visible = shown[row.getAttribute("data-status")] !== false
          && (needle === "" || row.textContent.toLowerCase().indexOf(needle) >= 0);
      row.classList.toggle("hidden", !visible);
    });
  }
  filters.addEventListener("change", apply);
  if (search) {
    search.addEventListener("input", apply);
  }
}());
