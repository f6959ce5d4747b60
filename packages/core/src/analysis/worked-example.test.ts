import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { analyzeMap } from "./analyze-map";
import { formatAnalysisText } from "./format-analysis-text";
import { buildMap, evidence, touchpoints } from "./fixtures/map-builder";

/*
 * The worked example of docs/analysis.md, number for number: change both together.
 * Scale −2..+2, so n = (score + 2) / 4.
 *   Anna: s1 +1 (.75) · s2 +2 (1) · s3 −2 (0) · s4 +1 (.75)
 *   Ben:  s1  0 (.5)  · s2 +1 (.75) · s3 −1 (.25)
 *   step means: s1 .625 · s2 .875 · s3 .125 · s4 .75 · s5 unscored; stage Explore (s1, s2) .75
 */
const workedExample = () =>
  buildMap({
    title: "Buying a car",
    stages: [
      { id: "explore", name: "Explore", steps: [{ id: "s1", name: "Research" }, { id: "s2", name: "Test drive" }] },
      { id: "buy", name: "Buy", steps: [{ id: "s3", name: "Negotiate" }, { id: "s4", name: "Pick up", why: "Collecting the new car" }] },
      { id: "own", name: "Own", steps: [{ id: "s5", name: "First service" }] },
    ],
    lanes: [
      { id: "tp", type: "touchpoints", name: "Touchpoints" },
      { id: "ev", type: "evidence", name: "Evidence" },
      { id: "emo", type: "emotions", name: "Feels" },
      { id: "pains", type: "painPoints", name: "Pain points" },
      { id: "opps", type: "opportunities", name: "Opportunities" },
      { id: "ideas", type: "ideas", name: "Ideas" },
      { id: "back", type: "backstage", name: "Backstage" },
    ],
    personas: [{ id: "anna", name: "Anna" }, { id: "ben", name: "Ben" }, { id: "chris", name: "Chris" }],
    targets: ["anna"],
    touchpoints: [{ id: "web", name: "Website", owner: "Digital" }, { id: "showroom", name: "Showroom" }],
    cells: [
      { lane: "tp", step: "s1", content: touchpoints("web") },
      { lane: "tp", step: "s2", content: touchpoints("showroom") },
      { lane: "tp", step: "s3", content: touchpoints("web") },
      { lane: "tp", step: "s4", content: touchpoints("showroom") },
      { lane: "ev", step: "s1", content: evidence("Survey: 60 % compare prices online") },
    ],
    cards: [
      { id: "pushy", lane: "pains", step: "s3", title: "Pushy salesperson", severity: 4, evidence: [{ kind: "review", text: "Felt pressured" }] },
      { id: "wait", lane: "pains", step: "s4", title: "Long wait for the car", severity: 5 },
      { id: "prices", lane: "pains", stage: "explore", title: "Confusing price list", severity: 3 },
      { id: "parking", lane: "pains", step: "s2", title: "No parking" },
      { id: "fixed", lane: "opps", step: "s3", kind: "opportunity", title: "Fixed online prices", impact: 5, effort: 2 },
      { id: "delivery", lane: "opps", step: "s4", kind: "opportunity", title: "Home delivery", impact: 4, effort: 5 },
      { id: "coffee", lane: "ideas", step: "s2", kind: "idea", title: "Coffee corner", impact: 2, effort: 1 },
      { id: "contract", lane: "opps", step: "s3", kind: "opportunity", title: "Rewrite the contract", impact: 2, effort: 4 },
    ],
    scores: [
      { step: "s1", persona: "anna", score: 1 },
      { step: "s2", persona: "anna", score: 2 },
      { step: "s3", persona: "anna", score: -2 },
      { step: "s4", persona: "anna", score: 1 },
      { step: "s1", persona: "ben", score: 0 },
      { step: "s2", persona: "ben", score: 1 },
      { step: "s3", persona: "ben", score: -1 },
    ],
  });

const r = (n: number) => Math.round(n * 1e6) / 1e6;

test("worked example: moments that matter", () => {
  const { curves, flagged } = analyzeMap(workedExample()).moments;
  assert.deepEqual(
    curves.map((c) => [c.personaId, c.peaks.map((p) => p.stepId), c.drops.map((d) => [d.stepId, d.fromStepId, r(d.drop)])]),
    [
      ["persona:anna", ["step:s2", "step:s3"], [["step:s3", "step:s2", 1]]],
      ["persona:ben", ["step:s2", "step:s3"], [["step:s3", "step:s2", 0.5]]],
    ],
  );
  assert.deepEqual(flagged.map((f) => f.stepId), ["step:s4"]);
});

test("worked example: pain points", () => {
  const ranked = analyzeMap(workedExample()).painPoints;
  assert.deepEqual(ranked.map((p) => [p.title, p.meanNormalised, r(p.priority)]), [
    ["Pushy salesperson", 0.125, 0.7],
    ["Long wait for the car", 0.75, 0.25],
    ["Confusing price list", 0.75, 0.15],
    ["No parking", 0.875, 0.075],
  ]);
});

test("worked example: opportunities", () => {
  const ranked = analyzeMap(workedExample()).opportunities;
  assert.deepEqual(ranked.map((o) => [o.title, o.value, o.quadrant]), [
    ["Fixed online prices", 20, "quickWin"],
    ["Coffee corner", 10, "fillIn"],
    ["Home delivery", 4, "majorProject"],
    ["Rewrite the contract", 4, "thanklessTask"],
  ]);
});

test("worked example: inconsistencies and gaps", () => {
  const a = analyzeMap(workedExample());
  assert.deepEqual(a.inconsistencies.map((i) => [i.kind, i.subjectId, r(i.spread)]), [["touchpointAcrossSteps", "touchpoint:web", 0.5]]);
  assert.deepEqual(a.gaps.map((g) => [g.kind, g.subjectId]), [
    ["stageWithoutTouchpoints", "stage:own"],
    ["touchpointWithoutOwner", "touchpoint:showroom"],
    ["stepWithoutEvidence", "step:s2"],
    ["stepWithoutEvidence", "step:s4"],
    ["stepWithoutEvidence", "step:s5"],
    ["personaWithoutCurve", "persona:chris"],
    ["stepWithoutScore", "step:s5"],
    ["emptyLane", "lane:back"],
  ]);
});

test("worked example: the text in docs/analysis.md is what formatAnalysisText prints", () => {
  const docs = readFileSync(new URL("../../../../docs/analysis.md", import.meta.url), "utf8");
  const block = docs.slice(docs.indexOf("`kaart analyze` prints:"));
  const start = block.indexOf("```\n") + 4;
  const printed = block.slice(start, block.indexOf("\n```", start) + 1);
  const doc = workedExample();
  assert.equal(printed, formatAnalysisText(analyzeMap(doc), doc));
});
