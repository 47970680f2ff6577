// The console's few behaviours, from a file (the page's policy allows no inline script).
(function () {
  "use strict";
  // The menu is open on a wide screen; on a phone it folds under "Menu".
  var menu = document.querySelector("header details.menu");
  if (menu && window.matchMedia("(min-width: 601px)").matches) { menu.open = true; }
  // "Pick all" ticks every box of its name in its form (or unticks them all if all are).
  document.querySelectorAll("button[data-pick-all]").forEach(function (all) {
    all.addEventListener("click", function () {
      var boxes = all.form.querySelectorAll('input[name="' + all.getAttribute("data-pick-all") + '"]');
      var every = Array.prototype.every.call(boxes, function (box) { return box.checked; });
      boxes.forEach(function (box) { box.checked = !every; });
    });
  });
  // An audience picker shows only the choices of the audience chosen.
  document.querySelectorAll("select[data-shows]").forEach(function (picker) {
    var name = picker.getAttribute("data-shows");
    function show() {
      picker.form.querySelectorAll("[data-" + name + "]").forEach(function (part) {
        part.hidden = part.getAttribute("data-" + name) !== picker.value;
      });
    }
    picker.addEventListener("change", show);
    show();
  });
})();
