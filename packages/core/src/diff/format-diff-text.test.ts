import { test } from "node:test";
import assert from "node:assert/strict";
import { buildMap, text } from "../analysis/fixtures/map-builder";
import { diffMaps } from "./diff-maps";
import { formatDiffText } from "./format-diff-text";

const base = () =>
  buildMap({
    title: "Onboarding",
    stages: [{ id: "a", name: "Sign up", steps: [{ id: "s1", name: "Form" }, { id: "s2", name: "Verify" }] }],
    lanes: [{ id: "acts", type: "actions", name: "Does" }, { id: "pains", type: "painPoints", name: "Pains" }],
    personas: [{ id: "anna", name: "Anna" }],
    cards: [{ id: "p1", lane: "pains", step: "s1", title: "Too many fields", severity: 3 }],
    cells: [{ lane: "acts", step: "s1", content: text("Types") }],
    scores: [{ step: "s1", persona: "anna", score: -1 }],
  });

test("identical maps say so in one line", () => {
  assert.equal(formatDiffText(diffMaps(base(), base())), "No differences.\n");
});

test("each kind of change has its own line under its section", () => {
  const a = base();
  const b = structuredClone(a);
  b.map.description = "x".repeat(200);
  b.stages["stage:a"]!.name = "Register";
  b.steps["step:s2"]!.order = "a"; // before s1 now
  b.cards["card:p1"]!.severity = 5;
  delete b.cells["cell:acts~s1"];
  b.personas["persona:bo"] = { ...b.personas["persona:anna"]!, id: "persona:bo", name: "Bo" };
  b.emotions["emotion:s1~anna~asIs"]!.score = 1.5;
  b.emotions["emotion:s2~anna~asIs"] = { id: "emotion:s2~anna~asIs", stepId: "step:s2", personaId: "persona:anna", variant: "asIs", score: -2 };
  const out = formatDiffText(diffMaps(a, b));
  const lines = out.trimEnd().split("\n");
  assert.equal(lines[0], "Map");
  assert.match(lines[1]!, /^ {2}\* description: none → "x{70,}…$/);
  assert.equal(lines[1]!.split(" → ")[1]!.length, 80); // cut at VALUE_WIDTH
  assert.ok(lines.includes("Stages: 1 renamed"));
  assert.ok(lines.includes('  ~ "Sign up" → "Register" (stage:a)'));
  assert.ok(lines.includes('  > "Verify" (step:s2): stage:a #2 → stage:a #1'));
  assert.ok(lines.includes('  - "Does × Form" (cell:acts~s1)'));
  assert.ok(lines.includes('  * "Too many fields" (card:p1): severity'));
  assert.ok(lines.includes('  + "Bo" (persona:bo)'));
  assert.ok(lines.includes('  "Verify" / "Anna" asIs: added -2'));
  assert.ok(lines.includes('  "Form" / "Anna" asIs: -1 → 1.5 (+2.5)'));
});
