import { expect, test } from "vitest";
import { feasibilityOf, quadrantOf } from "@kaart/core";
import { placeInQuadrant, RATED_QUADRANTS } from "./quadrant-placement";

const CUT = { impact: 3, feasibility: 3 };

test("a card put into a quadrant lands there, keeping each figure already on the quadrant's side", () => {
  expect(placeInQuadrant({ impact: 5, effort: 4 }, "quickWin", CUT)).toEqual({ impact: 5, effort: 3 });
  expect(placeInQuadrant({ impact: 5, effort: 1 }, "thanklessTask", CUT)).toEqual({ impact: 2, effort: 4 });
  expect(placeInQuadrant({ impact: 1, effort: 5 }, "fillIn", CUT)).toEqual({ impact: 1, effort: 3 });
  expect(placeInQuadrant({}, "majorProject", CUT)).toEqual({ impact: 3, effort: 4 });
  // Every rated card on 1–5, put into every quadrant, ends up in that quadrant as core's analysis counts it.
  for (let impact = 1; impact <= 5; impact++)
    for (let effort = 1; effort <= 5; effort++)
      for (const q of RATED_QUADRANTS) {
        const placed = placeInQuadrant({ impact, effort }, q, CUT);
        expect(quadrantOf(placed.impact, feasibilityOf(placed)!, CUT)).toBe(q);
        expect(placed.impact).toBeGreaterThanOrEqual(1);
        expect(placed.effort).toBeLessThanOrEqual(5);
      }
});

test("other cuts work too: a card is moved just across", () => {
  const cut = { impact: 4, feasibility: 2 };
  expect(placeInQuadrant({ impact: 2, effort: 5 }, "quickWin", cut)).toEqual({ impact: 4, effort: 4 });
  expect(quadrantOf(4, feasibilityOf({ effort: 4 })!, cut)).toBe("quickWin");
});
