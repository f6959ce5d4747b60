import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDocument } from "../document/journey-document";
import { analyzeMap } from "./analyze-map";
import { buildMap } from "./fixtures/map-builder";
import { formatAnalysisText, TEXT_RANK_LIMIT } from "./format-analysis-text";

const doc = () =>
  buildMap({
    title: "Car purchase",
    stages: [{ id: "a", name: "Buy", steps: [{ id: "s1", name: "Visit" }, { id: "s2", name: "Pay", why: "Money changes hands" }] }],
    lanes: [{ id: "pains", type: "painPoints" }, { id: "opps", type: "opportunities" }],
    personas: [{ id: "anna", name: "Anna" }],
    cards: [
      { id: "p", lane: "pains", step: "s2", title: "Slow card reader", severity: 5 },
      { id: "o", lane: "opps", step: "s2", kind: "opportunity", title: "Pay by phone", impact: 5, effort: 2 },
    ],
    scores: [{ step: "s1", persona: "anna", score: 1 }, { step: "s2", persona: "anna", score: -2 }],
  });

test("the text names steps and personas and shows the numbers behind each rank", () => {
  const d = doc();
  const out = formatAnalysisText(analyzeMap(d), d);
  assert.match(out, /^Analysis of "Car purchase" \(asIs, scale kaart -2\.\.2\)/);
  assert.match(out, /"Anna": peak "Pay" \(-2, load 1\.00\); largest drop "Pay" \(fell 0\.75 from "Visit"\)/);
  assert.match(out, /flagged: "Pay" \(Money changes hands\)/);
  assert.match(out, /1\. "Slow card reader" at "Pay": severity 5, mean 0\.00, priority 1\.00/);
  assert.match(out, /1\. "Pay by phone": quick win, 5 × 4 = 20/);
  assert.match(out, /step "Pay" has no evidence/);
});

test("long rankings are cut at the limit with a count of the rest", () => {
  const cards = Array.from({ length: TEXT_RANK_LIMIT + 3 }, (_, i) => ({ id: `p${i}`, lane: "pains", step: "s1", severity: 3 }));
  const d = buildMap({ stages: [{ id: "a", steps: [{ id: "s1" }] }], lanes: [{ id: "pains", type: "painPoints" }], cards });
  const out = formatAnalysisText(analyzeMap(d), d);
  assert.match(out, /… and 3 more/);
  assert.equal(out.includes(`${TEXT_RANK_LIMIT + 1}. `), false);
});

test("an empty map says none in every section", () => {
  const d = emptyDocument({ mapId: "map:e", title: "Empty", now: "2026-01-01T00:00:00.000Z" });
  const out = formatAnalysisText(analyzeMap(d), d);
  assert.equal(out.match(/^ {2}none$/gm)?.length, 5);
});
