import { COLUMN_WIDTH } from "../grid/JourneyGrid";
import { fitZoom } from "./zoom-levels";

/**
 * Fit to screen for the grid drawn inside `editor`: measured from the page, not the map (the
 * scroller's inner width, the lane header's width from its CSS variable, the column count the grid
 * announces), so it needs no document read. 1 when there is no grid to fit.
 */
export function gridFitZoom(editor: Element | null): number {
  const scroller = editor?.querySelector<HTMLElement>(".grid-scroller");
  const grid = scroller?.querySelector<HTMLElement>("[role=grid]");
  if (!scroller || !grid) return 1;
  const laneHeader = parseFloat(getComputedStyle(scroller).getPropertyValue("--lane-header-width")) || 0;
  const columns = Number(grid.getAttribute("aria-colcount") ?? "2") - 1;
  return fitZoom({ available: scroller.clientWidth, laneHeader, columns, columnWidth: COLUMN_WIDTH });
}
