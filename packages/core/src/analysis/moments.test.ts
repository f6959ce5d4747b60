import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeMap } from "./analyze-map";
import { buildMap } from "./fixtures/map-builder";
import { emotionalLoad } from "./moments";

/*
 * Kaart scale −2..+2, so normalised n = (score + 2) / 4 and load = |n − 0.5| × 2.
 *   anna: s1 +1 (n .75, load .5) · s2 −2 (n 0, load 1) · s3 0 (n .5, load 0) · s4 +2 (n 1, load 1)
 *         peaks: s2 and s4 tie at load 1. drops: s1→s2 .75, s2→s3 −.5, s3→s4 −.5 → s2 (.75 from s1).
 *   ben:  s1 0 (n .5) · s3 −1 (n .25, load .5); s2 unscored, so s3's previous scored step is s1
 *         peaks: s3. drops: s1→s3 .25.
 *   no persona: s1 0, s2 0 → always neutral: no peaks, no drops.
 * anna is the map's target persona, so her curve comes first even though "Ben" < "anna" by code point.
 */
const doc = () =>
  buildMap({
    stages: [
      { id: "a", steps: [{ id: "s1" }, { id: "s2" }] },
      { id: "b", steps: [{ id: "s3", why: "Pick up the car" }, { id: "s4" }] },
    ],
    personas: [{ id: "anna", name: "anna" }, { id: "ben", name: "Ben" }],
    targets: ["anna"],
    scores: [
      { step: "s1", persona: "anna", score: 1 },
      { step: "s2", persona: "anna", score: -2 },
      { step: "s3", persona: "anna", score: 0 },
      { step: "s4", persona: "anna", score: 2 },
      { step: "s1", persona: "ben", score: 0 },
      { step: "s3", persona: "ben", score: -1 },
      { step: "s1", score: 0 },
      { step: "s2", score: 0 },
      { step: "s1", persona: "anna", variant: "toBe", score: -2 },
    ],
  });

test("emotional load is the distance from neutral, either way", () => {
  assert.equal(emotionalLoad(0), 1);
  assert.equal(emotionalLoad(1), 1);
  assert.equal(emotionalLoad(0.5), 0);
  assert.equal(emotionalLoad(0.75), 0.5);
});

test("each curve's peaks keep every step tied for the largest load, in column order", () => {
  const { curves } = analyzeMap(doc()).moments;
  assert.deepEqual(curves.map((c) => c.personaId), ["persona:anna", "persona:ben", null]);
  assert.deepEqual(curves[0]!.peaks.map((p) => [p.stepId, p.score, p.load]), [["step:s2", -2, 1], ["step:s4", 2, 1]]);
  assert.deepEqual(curves[1]!.peaks.map((p) => [p.stepId, p.load]), [["step:s3", 0.5]]);
  assert.deepEqual(curves[2]!.peaks, []);
});

test("the largest drop is measured from the curve's previous scored step", () => {
  const { curves } = analyzeMap(doc()).moments;
  assert.deepEqual(curves[0]!.drops.map((d) => [d.stepId, d.fromStepId, d.drop]), [["step:s2", "step:s1", 0.75]]);
  assert.deepEqual(curves[1]!.drops.map((d) => [d.stepId, d.fromStepId, d.drop]), [["step:s3", "step:s1", 0.25]]);
  assert.deepEqual(curves[2]!.drops, []);
});

test("moments point at the emotion record and its cell in the grid", () => {
  const peak = analyzeMap(doc()).moments.curves[0]!.peaks[0]!;
  assert.deepEqual(peak.location, {
    pointer: "/emotions/emotion:s2~0anna~0asIs", // RFC 6901: "~" is written "~0"
    stageId: "stage:a",
    stepId: "step:s2",
    emotionId: "emotion:s2~anna~asIs",
    personaId: "persona:anna",
  });
});

test("steps flagged by users are listed with their reason", () => {
  const { flagged } = analyzeMap(doc()).moments;
  assert.deepEqual(flagged.map((f) => [f.stepId, f.why, f.location.pointer]), [["step:s3", "Pick up the car", "/steps/step:s3/momentThatMatters"]]);
});

test("the toBe variant reads only toBe points", () => {
  // anna toBe: s1 −2 only → one peak (load 1) and nothing to fall from.
  const { curves } = analyzeMap(doc(), { variant: "toBe" }).moments;
  assert.deepEqual(curves.map((c) => [c.personaId, c.peaks.map((p) => p.stepId), c.drops.length]), [["persona:anna", ["step:s1"], 0]]);
});

test("scores off the scale are clamped, so a +5 on −2..+2 weighs like +2", () => {
  const d = buildMap({ stages: [{ id: "a", steps: [{ id: "s1" }, { id: "s2" }] }], scores: [{ step: "s1", score: 5 }, { step: "s2", score: 2 }] });
  const peaks = analyzeMap(d).moments.curves[0]!.peaks;
  assert.deepEqual(peaks.map((p) => [p.stepId, p.normalised, p.load]), [["step:s1", 1, 1], ["step:s2", 1, 1]]);
});
