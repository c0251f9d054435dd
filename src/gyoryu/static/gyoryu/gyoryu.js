/* gyoryu: the few behaviours every page may use, declared in the markup with data- attributes, so that the
   templates hold no inline script or handler (the Content-Security-Policy allows scripts from files only).
   Listeners sit on the document, so content that htmx swaps in later works too.

   data-autosubmit            on a form field: submit its form when it changes (language switch, settings)
   data-confirm="question"    on a form: ask before submitting; nothing is sent unless the person agrees
   data-print                 on a button: print the page
   data-add-code="KSIC 123"   on a button inside an <li>: add the code to #id_codes, then remove the <li>
   data-dismiss               on a button inside an <li>: remove the <li> (a rejected suggestion)
*/
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var field = event.target.closest("[data-autosubmit]");
    if (field && field.form) field.form.submit();
  });
  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-print], [data-add-code], [data-dismiss]");
    if (!button) return;
    if (button.hasAttribute("data-print")) {
      window.print();
      return;
    }
    if (button.hasAttribute("data-add-code")) {
      var field = document.getElementById("id_codes");
      var codes = field.value.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
      if (codes.indexOf(button.dataset.addCode) < 0) codes.push(button.dataset.addCode);
      field.value = codes.join(", ");
    }
    var item = button.closest("li");
    if (item) item.remove();
  });
})();
