import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeMap } from "./analyze-map";
import { buildMap, touchpoints } from "./fixtures/map-builder";

/*
 * Scale −2..+2, n = (score + 2) / 4. Personas ben (target), anna, cleo.
 *   s1: anna +2 (1), ben +2 (1)              → mean 1
 *   s2: anna 0 (.5), ben 0 (.5)              → mean .5
 *   s3: anna −2 (0), ben +2 (1), cleo +1 (.75) → mean 1.75 / 3 ≈ .5833
 * Touchpoints by step: app at s1, s2 → spread 1 − .5 = .5, exactly the threshold: reported.
 *                      web at s1, s3 → spread 1 − .5833 ≈ .4167: below .5, reported only at .4.
 *                      chat at s2 only → nothing to compare.
 * Personas at s3: ben 1, anna 0, cleo .75 → spread 1 (lowest anna, highest ben); s1 and s2 agree.
 */
const doc = () =>
  buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }, { id: "s2" }, { id: "s3" }] }],
    lanes: [{ id: "tp", type: "touchpoints" }, { id: "tp2", type: "channels" }],
    personas: [{ id: "anna" }, { id: "ben" }, { id: "cleo" }],
    targets: ["ben"],
    touchpoints: [{ id: "web", owner: "Digital" }, { id: "app", owner: "Digital" }, { id: "chat", owner: "Care" }],
    cells: [
      { lane: "tp", step: "s1", content: touchpoints("web", "app") },
      { lane: "tp", step: "s2", content: touchpoints("chat") },
      { lane: "tp2", step: "s2", content: touchpoints("app") },
      { lane: "tp", step: "s3", content: touchpoints("web") },
    ],
    scores: [
      { step: "s1", persona: "anna", score: 2 },
      { step: "s1", persona: "ben", score: 2 },
      { step: "s2", persona: "anna", score: 0 },
      { step: "s2", persona: "ben", score: 0 },
      { step: "s3", persona: "anna", score: -2 },
      { step: "s3", persona: "ben", score: 2 },
      { step: "s3", persona: "cleo", score: 1 },
    ],
  });

test("a touchpoint felt very differently across its steps, at the threshold inclusive", () => {
  const found = analyzeMap(doc()).inconsistencies.filter((i) => i.kind === "touchpointAcrossSteps");
  assert.deepEqual(found.map((i) => [i.subjectId, i.spread, i.lowest.id, i.highest.id]), [["touchpoint:app", 0.5, "step:s2", "step:s1"]]);
  assert.deepEqual(found[0]!.values.map((v) => [v.id, v.normalised, v.location.cellId]), [["step:s1", 1, "cell:tp~s1"], ["step:s2", 0.5, "cell:tp2~s2"]]);
  assert.deepEqual(found[0]!.location, { pointer: "/touchpoints/touchpoint:app", touchpointId: "touchpoint:app", stageId: "stage:a", stepId: "step:s2" });
});

test("a lower threshold also reports the smaller spread, touchpoints by name", () => {
  const found = analyzeMap(doc(), { inconsistencyThreshold: 0.4 }).inconsistencies.filter((i) => i.kind === "touchpointAcrossSteps");
  assert.deepEqual(found.map((i) => [i.subjectId, Math.round(i.spread * 1e4) / 1e4]), [["touchpoint:app", 0.5], ["touchpoint:web", 0.4167]]);
});

test("personas disagreeing at a step, values in persona order", () => {
  const found = analyzeMap(doc()).inconsistencies.filter((i) => i.kind === "personasAtStep");
  assert.deepEqual(found.map((i) => [i.subjectId, i.spread, i.lowest.id, i.highest.id]), [["step:s3", 1, "persona:anna", "persona:ben"]]);
  assert.deepEqual(found[0]!.values.map((v) => v.id), ["persona:ben", "persona:anna", "persona:cleo"]);
  assert.equal(found[0]!.values[1]!.location.pointer, "/emotions/emotion:s3~0anna~0asIs");
});

test("the persona-less curve is not a persona to disagree with", () => {
  const d = buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }] }],
    personas: [{ id: "anna" }],
    scores: [{ step: "s1", persona: "anna", score: 2 }, { step: "s1", score: -2 }],
  });
  assert.deepEqual(analyzeMap(d).inconsistencies, []);
});
