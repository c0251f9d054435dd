/* Drag a meeting (a .chip) onto a free cell of the schedule grid: the move is posted where the move form
   (form[data-move]) posts, and checked at once; the answer is the new page, or the reasons it was refused, shown in
   #move-errors.  The move form beside the grid does the same without a mouse. */
(function () {
  "use strict";
  function run() {
    var form = document.querySelector("form[data-move]");
    if (!form) return;
    var url = form.action;
    var csrf = form.querySelector("[name=csrfmiddlewaretoken]").value;
    var errors = document.getElementById("move-errors");
    document.querySelectorAll(".chip[draggable=true]").forEach(function (chip) {
      chip.addEventListener("dragstart", function (e) { e.dataTransfer.setData("text/plain", chip.dataset.meeting); });
    });
    document.querySelectorAll("td.slot").forEach(function (cell) {
      cell.addEventListener("dragover", function (e) { e.preventDefault(); cell.classList.add("over"); });
      cell.addEventListener("dragleave", function () { cell.classList.remove("over"); });
      cell.addEventListener("drop", function (e) {
        e.preventDefault();
        cell.classList.remove("over");
        var body = new FormData();
        body.append("meeting", e.dataTransfer.getData("text/plain"));
        body.append("start", cell.dataset.start);
        body.append("room", cell.dataset.room);
        fetch(url, { method: "POST", body: body, headers: { "X-CSRFToken": csrf, "Accept": "application/json" } })
          .then(function (response) { return response.json(); })
          .then(function (answer) {
            if (answer.ok) { window.location = answer.url; return; }
            var list = document.createElement("ul");
            list.className = "messages";
            answer.reasons.forEach(function (reason) {
              var li = document.createElement("li");
              li.className = "error";
              li.textContent = reason;
              list.append(li);
            });
            errors.replaceChildren(list);
            errors.scrollIntoView({ block: "center" });
          });
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
