// Zoom for the timeline axis: widen the axis (events keep their % positions) and keep the centre in view.
(function () {
  "use strict";
  var axis = document.getElementById("axis");
  if (!axis) { return; }
  var scroller = axis.parentElement;
  var zoom = 1;
  function apply(factor, anchor) {
    var before = (scroller.scrollLeft + anchor) / scroller.scrollWidth;
    zoom = Math.min(64, Math.max(1, zoom * factor));
    axis.style.width = "calc(" + (zoom * 100) + "% - 6rem)";
    scroller.scrollLeft = before * scroller.scrollWidth - anchor;
  }
  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      apply(button.getAttribute("data-zoom") === "in" ? 2 : 0.5, scroller.clientWidth / 2);
    });
  });
  scroller.addEventListener("wheel", function (event) {
    if (!event.ctrlKey && !event.altKey) { return; }  // plain wheel scrolls the page as usual
    event.preventDefault();
    apply(event.deltaY < 0 ? 1.25 : 0.8, event.clientX - scroller.getBoundingClientRect().left);
  }, { passive: false });
})();
