// Progressive enhancement: choosing from a filter list applies it at once. The form still
// works without this script through its Filter button.
document.querySelectorAll("form.filters select").forEach(function (select) {
  select.addEventListener("change", function () { select.form.requestSubmit(); });
});
