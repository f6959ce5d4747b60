import { expect, test } from "vitest";
import { clampZoom, fitZoom, stepZoom } from "./zoom-levels";

test("fit chooses the largest whole per cent at which the lane headers and every column fit", () => {
  // 168 + 8 × 208 = 1832 px of grid in 1000 px: 54.6 %, rounded down so it truly fits.
  expect(fitZoom({ available: 1000, laneHeader: 168, columns: 8, columnWidth: 208 })).toBe(0.54);
  expect(fitZoom({ available: 1832, laneHeader: 168, columns: 8, columnWidth: 208 })).toBe(1);
  expect(fitZoom({ available: 1831, laneHeader: 168, columns: 8, columnWidth: 208 })).toBe(0.99);
});

test("fit never goes above 100 % nor below 25 %, and a grid without width keeps 100 %", () => {
  expect(fitZoom({ available: 5000, laneHeader: 168, columns: 3, columnWidth: 208 })).toBe(1);
  expect(fitZoom({ available: 300, laneHeader: 168, columns: 60, columnWidth: 208 })).toBe(0.25);
  expect(fitZoom({ available: 0, laneHeader: 168, columns: 8, columnWidth: 208 })).toBe(1);
  expect(fitZoom({ available: 600, laneHeader: 168, columns: 0, columnWidth: 208 })).toBe(1);
});

test("zoom in and out step through the stops, from a fitted level to the next stop, and stop at the bounds", () => {
  expect(stepZoom(1, 1)).toBe(1.1);
  expect(stepZoom(1, -1)).toBe(0.9);
  expect(stepZoom(0.54, 1)).toBe(0.67);
  expect(stepZoom(0.54, -1)).toBe(0.5);
  expect(stepZoom(0.25, -1)).toBe(0.25);
  expect(stepZoom(2, 1)).toBe(2);
});

test("a stored zoom is clamped and rounded; garbage reads as 100 %", () => {
  expect(clampZoom(0.1)).toBe(0.25);
  expect(clampZoom(7)).toBe(2);
  expect(clampZoom(0.666666)).toBe(0.67);
  expect(clampZoom(Number("abc"))).toBe(1);
});
