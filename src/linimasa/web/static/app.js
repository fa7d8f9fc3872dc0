// The only script of the UI (the CSP allows no inline script): axis zoom and hover cards, and name suggestions.
(function () {
  "use strict";

  // Zoom for the timeline axis: widen the axis (markers keep their % positions) and keep the centre in view.
  function zoomAxis(axis) {
    var scroller = axis.parentElement;
    var zoom = 1;
    function apply(factor, anchor) {
      var before = (scroller.scrollLeft + anchor) / scroller.scrollWidth;
      zoom = Math.min(64, Math.max(1, zoom * factor));
      axis.style.width = (zoom * 100) + "%";
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
  }

  // A card with the day's count, types and actors beside the marker under the pointer or the focus.
  function hoverCards(axis) {
    var card = document.createElement("div");
    card.className = "tipcard";
    card.hidden = true;
    document.body.appendChild(card);
    function show(mark) {
      var box = mark.getBoundingClientRect();
      card.textContent = mark.getAttribute("aria-label");
      card.hidden = false;
      var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8);
      card.style.left = Math.max(8, left) + "px";
      card.style.top = (window.scrollY + box.bottom + 6) + "px";
    }
    axis.querySelectorAll(".mark").forEach(function (mark) {
      mark.addEventListener("mouseenter", function () { show(mark); });
      mark.addEventListener("focus", function () { show(mark); });
      mark.addEventListener("mouseleave", function () { card.hidden = true; });
      mark.addEventListener("blur", function () { card.hidden = true; });
    });
  }

  // Suggestions for name fields: entity, speaker and outlet names and aliases the collection knows.
  function suggest(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var kind = input.getAttribute("data-suggest");
    var pending = null;
    input.addEventListener("input", function () {
      var text = input.value.trim();
      if (pending) { clearTimeout(pending); }
      if (text.length < 2) { return; }
      pending = setTimeout(function () {
        fetch("/api/suggest/" + kind + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { items: [] }; })
          .then(function (body) {
            list.replaceChildren.apply(list, body.items.map(function (item) {
              var option = document.createElement("option");
              option.value = item.value;
              option.label = item.label;
              return option;
            }));
          })
          .catch(function () { /* suggestions are a convenience: typing still works */ });
      }, 150);
    });
  }

  var axis = document.getElementById("axis");
  if (axis) {
    zoomAxis(axis);
    hoverCards(axis);
  }
  document.querySelectorAll("input[data-suggest]").forEach(suggest);
})();
