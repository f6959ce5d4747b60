import type { Shift } from "./neighbour-moves";

/** Stages and steps run along the row (left and right); lanes down the column (up and down). */
export type Axis = "row" | "column";

/**
 * Ctrl+Shift+Arrow moves the focused header's record. Plain arrows move between the grid's cells,
 * Alt+ArrowUp/Down opens the menu of the focused button and Alt+Left is the browser's Back, so
 * none of those is taken. Along a row the arrow follows what the eye sees: in a right-to-left map
 * ArrowLeft goes later.
 */
export function shortcutShift(e: { key: string; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }, axis: Axis, dir: "ltr" | "rtl"): Shift | undefined {
  if (!e.ctrlKey || !e.shiftKey || e.altKey || e.metaKey) return undefined;
  if (axis === "column") return e.key === "ArrowUp" ? -1 : e.key === "ArrowDown" ? 1 : undefined;
  const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
  const backward = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
  return e.key === forward ? 1 : e.key === backward ? -1 : undefined;
}

/** The `aria-keyshortcuts` value of a header on `axis`. */
export function shortcutKeys(axis: Axis): string {
  return axis === "column" ? "Control+Shift+ArrowUp Control+Shift+ArrowDown" : "Control+Shift+ArrowLeft Control+Shift+ArrowRight";
}

/** The shortcut as the menu shows it beside "Move earlier"/"Move later", arrows pointing the way the record goes. */
export function shortcutLabel(axis: Axis, dir: "ltr" | "rtl", shift: Shift): string {
  const arrow = axis === "column" ? (shift < 0 ? "↑" : "↓") : (shift < 0) === (dir === "ltr") ? "←" : "→";
  return `Ctrl+Shift+${arrow}`;
}
