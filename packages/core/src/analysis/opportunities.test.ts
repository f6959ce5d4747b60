import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeMap } from "./analyze-map";
import { buildMap } from "./fixtures/map-builder";
import { quadrantOf } from "./opportunities";

/*
 * value = impact × feasibility, feasibility = 6 − effort; "high" at or above 3.
 *   o1 i5 e1 → f5, 25, quick win
 *   o5 idea i3 e3 → f3, 9, quick win (both exactly on the cut)
 *   o7 i3 e4 → f2, 6, major project
 *   o8 i5 e5 at s1 → f1, 5, major project  } tie on value and impact and feasibility:
 *   o2 i5 e5 at s2 → f1, 5, major project  } map order puts s1 first
 *   o3 i1 e1 → f5, 5, fill-in (same value as o2, lower impact: after)
 *   o4 i2 e4 → f2, 4, thankless task
 *   o6 i4, no effort → unrated, last
 *   o9 i5 e1 dropped → left out; n1 (a note) and p1 (a pain point) are not opportunities.
 */
const doc = () =>
  buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }, { id: "s2" }] }],
    lanes: [{ id: "opps", type: "opportunities" }, { id: "ideas", type: "ideas" }],
    cards: [
      { id: "o1", lane: "opps", step: "s2", kind: "opportunity", impact: 5, effort: 1 },
      { id: "o2", lane: "opps", step: "s2", kind: "opportunity", impact: 5, effort: 5 },
      { id: "o3", lane: "opps", step: "s1", kind: "opportunity", impact: 1, effort: 1 },
      { id: "o4", lane: "opps", step: "s1", kind: "opportunity", impact: 2, effort: 4 },
      { id: "o5", lane: "ideas", step: "s1", kind: "idea", impact: 3, effort: 3 },
      { id: "o6", lane: "opps", step: "s1", kind: "opportunity", impact: 4 },
      { id: "o7", lane: "opps", step: "s1", kind: "opportunity", impact: 3, effort: 4 },
      { id: "o8", lane: "opps", step: "s1", kind: "opportunity", impact: 5, effort: 5 },
      { id: "o9", lane: "opps", step: "s1", kind: "opportunity", impact: 5, effort: 1, status: "dropped" },
      { id: "n1", lane: "opps", step: "s1", kind: "note" },
      { id: "p1", lane: "opps", step: "s1", kind: "painPoint", severity: 5 },
    ],
  });

test("opportunities rank by impact × feasibility with documented tie-breaks", () => {
  const ranked = analyzeMap(doc()).opportunities;
  assert.deepEqual(
    ranked.map((o) => [o.rank, o.cardId, o.value, o.quadrant]),
    [
      [1, "card:o1", 25, "quickWin"],
      [2, "card:o5", 9, "quickWin"],
      [3, "card:o7", 6, "majorProject"],
      [4, "card:o8", 5, "majorProject"],
      [5, "card:o2", 5, "majorProject"],
      [6, "card:o3", 5, "fillIn"],
      [7, "card:o4", 4, "thanklessTask"],
      [8, "card:o6", null, "unrated"],
    ],
  );
});

test("feasibility is 6 − effort and ideas keep their kind", () => {
  const o5 = analyzeMap(doc()).opportunities.find((o) => o.cardId === "card:o5")!;
  assert.deepEqual([o5.kind, o5.impact, o5.effort, o5.feasibility], ["idea", 3, 3, 3]);
  assert.deepEqual(o5.location, { pointer: "/cards/card:o5", laneId: "lane:ideas", cardId: "card:o5", stageId: "stage:a", stepId: "step:s1" });
});

test("quadrant cut points are inclusive and configurable", () => {
  const cut = { impact: 3, feasibility: 3 };
  assert.equal(quadrantOf(3, 3, cut), "quickWin");
  assert.equal(quadrantOf(2, 3, cut), "fillIn");
  assert.equal(quadrantOf(3, 2, cut), "majorProject");
  assert.equal(quadrantOf(2, 2, cut), "thanklessTask");
  const o5 = analyzeMap(doc(), { quadrantCut: { impact: 4, feasibility: 4 } }).opportunities.find((o) => o.cardId === "card:o5")!;
  assert.equal(o5.quadrant, "thanklessTask");
});

test("closed opportunities come back on request", () => {
  const ranked = analyzeMap(doc(), { includeClosed: true }).opportunities;
  // o9 (25) ties o1 on value, impact and feasibility; o1 is at s2, o9 at s1, so o9 leads.
  assert.deepEqual(ranked.slice(0, 2).map((o) => [o.cardId, o.status]), [["card:o9", "dropped"], ["card:o1", null]]);
});
