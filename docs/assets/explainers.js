// Material's search panel has role="dialog" but no accessible name, which screen readers and
// axe-core require of a dialog; name it after its own search field instead of forking the theme.
document.querySelectorAll('.md-search[role="dialog"]:not([aria-label])').forEach((dialog) => {
  const field = dialog.querySelector(".md-search__input");
  dialog.setAttribute("aria-label", field?.getAttribute("aria-label") || "Search");
});
