/** The grid's zoom bounds: below a quarter no text is legible, above twice the columns outgrow a laptop screen. */
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 2;
/** The stops Zoom in and Zoom out step through (a fitted zoom between two stops steps to the next one). */
export const ZOOM_STOPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

/** A zoom within the bounds, rounded to whole per cents (what the toolbar shows is what applies). */
export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 100) / 100));
}

/** The next stop above (`+1`) or below (`-1`) `zoom`; the bound itself at either end. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const stops = direction === 1 ? ZOOM_STOPS : [...ZOOM_STOPS].reverse();
  return stops.find((s) => (direction === 1 ? s > zoom + 1e-9 : s < zoom - 1e-9)) ?? (direction === 1 ? MAX_ZOOM : MIN_ZOOM);
}

/**
 * Fit to screen: the largest zoom, at most 100 % and at least 25 %, at which the lane headers and
 * every step column fit the scroller's inner width. Per cent steps round down so it truly fits.
 *
 * @example fitZoom({ available: 1000, laneHeader: 168, columns: 8, columnWidth: 208 }) // 0.54
 */
export function fitZoom({ available, laneHeader, columns, columnWidth }: { available: number; laneHeader: number; columns: number; columnWidth: number }): number {
  const natural = laneHeader + Math.max(1, columns) * columnWidth;
  if (!(available > 0) || !(natural > 0)) return 1;
  return Math.min(1, Math.max(MIN_ZOOM, Math.floor((available / natural) * 100) / 100));
}
