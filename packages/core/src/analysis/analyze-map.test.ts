import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDocument } from "../document/journey-document";
import { analyzeMap } from "./analyze-map";
import { buildMap, touchpoints } from "./fixtures/map-builder";
import { mapAnalysisSchema } from "./map-analysis";

test("an empty map has nothing to report and still fits the contract", () => {
  const analysis = analyzeMap(emptyDocument({ mapId: "map:e", title: "Empty", now: "2026-01-01T00:00:00.000Z" }));
  assert.deepEqual(analysis.summary, { stages: 0, steps: 0, lanes: 0, personas: 0, cards: 0, emotionPoints: 0 });
  assert.deepEqual([analysis.moments, analysis.painPoints, analysis.gaps, analysis.inconsistencies, analysis.opportunities], [
    { curves: [], flagged: [] }, [], [], [], [],
  ]);
  assert.deepEqual(mapAnalysisSchema.parse(analysis), analysis);
});

test("a map without personas is analysed on its persona-less curve", () => {
  // s1 +1 (n .75), s2 −1 (n .25): both load .5 (a tie); the fall s1→s2 is .5.
  const doc = buildMap({
    stages: [{ id: "a", steps: [{ id: "s1" }, { id: "s2" }] }],
    lanes: [{ id: "tp", type: "touchpoints" }],
    touchpoints: [{ id: "web", owner: "Digital" }],
    cells: [{ lane: "tp", step: "s1", content: touchpoints("web") }, { lane: "tp", step: "s2", content: touchpoints("web") }],
    scores: [{ step: "s1", score: 1 }, { step: "s2", score: -1 }],
  });
  const analysis = analyzeMap(doc);
  assert.equal(analysis.summary.personas, 0);
  assert.deepEqual(analysis.moments.curves.map((c) => [c.personaId, c.peaks.map((p) => p.stepId), c.drops.map((d) => [d.stepId, d.drop])]), [
    [null, ["step:s1", "step:s2"], [["step:s2", 0.5]]],
  ]);
  // web: .75 at s1, .25 at s2 → spread .5 → inconsistent; no persona gaps since there are no personas.
  assert.deepEqual(analysis.inconsistencies.map((i) => i.subjectId), ["touchpoint:web"]);
  assert.equal(analysis.gaps.some((g) => g.kind === "personaWithoutCurve"), false);
});

test("the result is plain JSON that the exported schema accepts unchanged", () => {
  const doc = buildMap({
    stages: [{ id: "a", steps: [{ id: "s1", why: "First impression" }] }],
    lanes: [{ id: "pains", type: "painPoints" }, { id: "opps", type: "opportunities" }],
    personas: [{ id: "anna" }, { id: "ben" }],
    cards: [{ id: "p", lane: "pains", step: "s1", severity: 4 }, { id: "o", lane: "opps", step: "s1", kind: "opportunity", impact: 4, effort: 2 }],
    scores: [{ step: "s1", persona: "anna", score: -2 }, { step: "s1", persona: "ben", score: 2 }],
  });
  const analysis = analyzeMap(doc);
  const json = JSON.parse(JSON.stringify(analysis));
  assert.deepEqual(json, analysis);
  assert.deepEqual(mapAnalysisSchema.parse(json), analysis);
  assert.equal(analysis.settings.inconsistencyThreshold, 0.5);
});

test("invalid options are refused rather than guessed", () => {
  const doc = buildMap({});
  assert.throws(() => analyzeMap(doc, { inconsistencyThreshold: 2 }), { name: "ZodError" });
  assert.throws(() => analyzeMap(doc, JSON.parse('{"variant":"later"}')), { name: "ZodError" });
});

test("analysis does not change the document", () => {
  const doc = buildMap({ stages: [{ id: "a", steps: [{ id: "s1" }] }], scores: [{ step: "s1", score: 1 }] });
  const before = JSON.stringify(doc);
  analyzeMap(doc);
  assert.equal(JSON.stringify(doc), before);
});
