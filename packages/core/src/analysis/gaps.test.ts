import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeMap } from "./analyze-map";
import { buildMap, evidence, text, touchpoints, QUOTE } from "./fixtures/map-builder";

/*
 * Stages a (s1, s2), b (s3), c (no steps). Lanes in order: tp, acts, ev, emo (anna), emo2 (ben), blank, pains.
 *   touchpoints: tp@s1 lists web; tp@s3 lists none            → stages b and c have no touchpoints
 *   owners: web "Digital", phone "  " (blank), shop none      → phone, shop (by name)
 *   evidence: s1 via anna's score, s3 via card c1; ev@s2 has no items → s2 has no evidence
 *   curves (asIs): anna at s1; ben only toBe at s2            → ben has no curve; s2, s3 have no score
 *   lanes: ev (empty evidence), emo2 (ben has no asIs curve), blank (whitespace text) are empty;
 *          emo is full because anna has a curve; tp, acts, pains have content or cards.
 */
const doc = () =>
  buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }, { id: "s2" }] }, { id: "b", steps: [{ id: "s3" }] }, { id: "c" }],
    lanes: [
      { id: "tp", type: "touchpoints" },
      { id: "acts", type: "actions" },
      { id: "ev", type: "evidence" },
      { id: "emo", type: "emotions", persona: "anna" },
      { id: "emo2", type: "emotions", persona: "ben" },
      { id: "blank", type: "thoughts" },
      { id: "pains", type: "painPoints" },
    ],
    personas: [{ id: "anna" }, { id: "ben" }],
    touchpoints: [{ id: "web", owner: "Digital" }, { id: "shop" }, { id: "phone", owner: "  " }],
    cells: [
      { lane: "tp", step: "s1", content: touchpoints("web") },
      { lane: "tp", step: "s3", content: touchpoints() },
      { lane: "acts", step: "s2", content: text("Compare") },
      { lane: "ev", step: "s2", content: evidence() },
      { lane: "blank", step: "s1", content: text("  ") },
    ],
    cards: [{ id: "c1", lane: "pains", step: "s3", severity: 3, evidence: [QUOTE] }],
    scores: [
      { step: "s1", persona: "anna", score: 1, evidence: [QUOTE] },
      { step: "s2", persona: "ben", variant: "toBe", score: 1 },
    ],
  });

const gapsOf = (kind: string, variant: "asIs" | "toBe" = "asIs") =>
  analyzeMap(doc(), { variant }).gaps.filter((g) => g.kind === kind).map((g) => g.subjectId);

test("stages without any touchpoint, including stages without steps", () => {
  assert.deepEqual(gapsOf("stageWithoutTouchpoints"), ["stage:b", "stage:c"]);
});

test("a stage-wide touchpoint cell covers its stage", () => {
  const d = buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }] }],
    lanes: [{ id: "tp", type: "touchpoints" }],
    touchpoints: [{ id: "web", owner: "Digital" }],
    cells: [{ lane: "tp", stage: "a", content: touchpoints("web") }],
  });
  assert.deepEqual(analyzeMap(d).gaps.filter((g) => g.kind === "stageWithoutTouchpoints"), []);
});

test("touchpoints without an owner team (blank counts as none), by name", () => {
  assert.deepEqual(gapsOf("touchpointWithoutOwner"), ["touchpoint:phone", "touchpoint:shop"]);
});

test("steps without evidence cells, card evidence or emotion evidence", () => {
  assert.deepEqual(gapsOf("stepWithoutEvidence"), ["step:s2"]);
});

test("a stage-wide evidence cell grounds every step of the stage", () => {
  const d = buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }, { id: "s2" }] }],
    lanes: [{ id: "ev", type: "evidence" }],
    cells: [{ lane: "ev", stage: "a", content: evidence("Interview 4") }],
  });
  assert.deepEqual(analyzeMap(d).gaps.filter((g) => g.kind === "stepWithoutEvidence"), []);
});

test("personas without a curve and steps without a score depend on the variant", () => {
  assert.deepEqual(gapsOf("personaWithoutCurve"), ["persona:ben"]);
  assert.deepEqual(gapsOf("stepWithoutScore"), ["step:s2", "step:s3"]);
  assert.deepEqual(gapsOf("personaWithoutCurve", "toBe"), ["persona:anna"]);
  assert.deepEqual(gapsOf("stepWithoutScore", "toBe"), ["step:s1", "step:s3"]);
});

test("lanes empty across the map; an emotions lane is full when its persona has a curve", () => {
  assert.deepEqual(gapsOf("emptyLane"), ["lane:ev", "lane:emo2", "lane:blank"]);
  assert.deepEqual(gapsOf("emptyLane", "toBe"), ["lane:ev", "lane:emo", "lane:blank"]);
});

test("gaps come grouped by kind, each with a message and a pointer", () => {
  const gaps = analyzeMap(doc()).gaps;
  const kinds = gaps.map((g) => g.kind).filter((k, i, all) => all.indexOf(k) === i);
  assert.deepEqual(kinds, ["stageWithoutTouchpoints", "touchpointWithoutOwner", "stepWithoutEvidence", "personaWithoutCurve", "stepWithoutScore", "emptyLane"]);
  const s2 = gaps.find((g) => g.kind === "stepWithoutEvidence")!;
  assert.deepEqual(s2.location, { pointer: "/steps/step:s2", stageId: "stage:a", stepId: "step:s2" });
  assert.equal(s2.message, 'step "s2" has no evidence');
  const lane = gaps.find((g) => g.kind === "emptyLane")!;
  assert.deepEqual(lane.location, { pointer: "/lanes/lane:ev", laneId: "lane:ev" });
});
