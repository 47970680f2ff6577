// The console's one script (CSP: no inline scripts): a box that ticks all boxes of the queue.
document.addEventListener("change", (event) => {
  const all = event.target.closest("input[data-pick-all]");
  if (!all) return;
  for (const box of document.querySelectorAll("input[name=pick]")) box.checked = all.checked;
});
