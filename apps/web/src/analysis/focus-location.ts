/**
 * Moves focus to the grid cell a finding is about: the card's or cell's own cell, else the first
 * cell of the step's column. Returns false when the grid is not showing it (table view).
 */
export function focusLocation(loc: { laneId?: string; stepId?: string }): boolean {
  const selector = loc.laneId && loc.stepId ? `[data-cell="${CSS.escape(`${loc.laneId}|${loc.stepId}`)}"]` : loc.stepId ? `[data-cell$="${CSS.escape(`|${loc.stepId}`)}"]` : undefined;
  const el = selector ? document.querySelector<HTMLElement>(selector) : null;
  if (!el) return false;
  el.scrollIntoView({ block: "nearest", inline: "nearest" });
  el.focus();
  return true;
}
