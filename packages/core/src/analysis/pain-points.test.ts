import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeMap } from "./analyze-map";
import { buildMap } from "./fixtures/map-builder";

/*
 * No personas: only the persona-less curve. Scale −2..+2, n = (score + 2) / 4.
 *   s1 −2 (n 0) · s2 +2 (n 1) · s3 unscored (default 0.5). Stage a = s1 + s2, mean (0 + 1) / 2 = .5.
 * priority = severity / 5 × (1 − mean):
 *   p1 s1 sev 5        → 1 × 1   = 1.0
 *   p4 s1 no severity  → 3/5 × 1 = 0.6 (severity assumed 3)
 *   p3 s3 sev 4        → .8 × .5 = 0.4   (lane "pains")
 *   p6 s3 sev 4        → .8 × .5 = 0.4   (lane "pains2", below "pains": after p3)
 *   p7 s1 sev 2        → .4 × 1  = 0.4   (same priority, lower severity: after p3 and p6)
 *   p5 stage a sev 2   → .4 × .5 = 0.2
 *   p2 s2 sev 5        → 1 × 0   = 0
 *   p8 s1 sev 5, done  → left out (closed), unless includeClosed: then 1.0, after p1 by card order.
 *   o1 is an opportunity: never a pain point.
 */
const doc = () =>
  buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }, { id: "s2" }] }, { id: "b", steps: [{ id: "s3" }] }],
    lanes: [{ id: "pains", type: "painPoints" }, { id: "pains2", type: "painPoints" }, { id: "opps", type: "opportunities" }],
    cards: [
      { id: "p1", lane: "pains", step: "s1", severity: 5 },
      { id: "p2", lane: "pains", step: "s2", severity: 5 },
      { id: "p3", lane: "pains", step: "s3", severity: 4 },
      { id: "p4", lane: "pains", step: "s1" },
      { id: "p5", lane: "pains", stage: "a", severity: 2 },
      { id: "p6", lane: "pains2", step: "s3", severity: 4 },
      { id: "p7", lane: "pains", step: "s1", severity: 2 },
      { id: "p8", lane: "pains", step: "s1", severity: 5, status: "done" },
      { id: "o1", lane: "opps", step: "s1", kind: "opportunity", impact: 5, effort: 1 },
    ],
    scores: [{ step: "s1", score: -2 }, { step: "s2", score: 2 }],
  });

const round = (n: number) => Math.round(n * 1e6) / 1e6;

test("pain points rank by severity/5 × (1 − mean score), ties by severity then map order", () => {
  const ranked = analyzeMap(doc()).painPoints;
  assert.deepEqual(
    ranked.map((p) => [p.rank, p.cardId, round(p.priority)]),
    [[1, "card:p1", 1], [2, "card:p4", 0.6], [3, "card:p3", 0.4], [4, "card:p6", 0.4], [5, "card:p7", 0.4], [6, "card:p5", 0.2], [7, "card:p2", 0]],
  );
});

test("a step without a score uses the documented default and says so", () => {
  const p3 = analyzeMap(doc()).painPoints.find((p) => p.cardId === "card:p3")!;
  assert.equal(p3.meanNormalised, null);
  const pessimistic = analyzeMap(doc(), { unscoredNormalised: 0 }).painPoints.find((p) => p.cardId === "card:p3")!;
  assert.equal(round(pessimistic.priority), 0.8);
});

test("a missing severity is assumed and flagged", () => {
  const p4 = analyzeMap(doc()).painPoints.find((p) => p.cardId === "card:p4")!;
  assert.deepEqual([p4.severity, p4.severityAssumed], [3, true]);
  const p1 = analyzeMap(doc()).painPoints.find((p) => p.cardId === "card:p1")!;
  assert.equal(p1.severityAssumed, false);
});

test("a stage-wide pain point reads the mean of the stage's steps and is located at the stage", () => {
  const p5 = analyzeMap(doc()).painPoints.find((p) => p.cardId === "card:p5")!;
  assert.equal(p5.meanNormalised, 0.5);
  assert.deepEqual(p5.location, { pointer: "/cards/card:p5", laneId: "lane:pains", cardId: "card:p5", stageId: "stage:a" });
});

test("closed pain points come back on request", () => {
  const ranked = analyzeMap(doc(), { includeClosed: true }).painPoints;
  assert.deepEqual(ranked.slice(0, 3).map((p) => p.cardId), ["card:p1", "card:p8", "card:p4"]);
});

test("the mean at a step is over every persona's curve", () => {
  // s1: anna −2 (n 0), ben +2 (n 1) → mean .5 → priority 1 × .5.
  const d = buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }] }],
    lanes: [{ id: "pains", type: "painPoints" }],
    personas: [{ id: "anna" }, { id: "ben" }],
    cards: [{ id: "p", lane: "pains", step: "s1", severity: 5 }],
    scores: [{ step: "s1", persona: "anna", score: -2 }, { step: "s1", persona: "ben", score: 2 }],
  });
  const [p] = analyzeMap(d).painPoints;
  assert.deepEqual([p!.meanNormalised, p!.priority, p!.location.stepId], [0.5, 0.5, "step:s1"]);
});
