import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { orderedSteps, stepsOfStage } from "../document/ordered-records";
import { moveStep } from "./move-step";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("moves a step within its stage", () => {
  const doc = exampleJourney();
  const after = applied(doc, moveStep(doc, { stepId: "step:compare", position: { before: "step:search" } }, testContext()));
  assert.deepEqual(stepsOfStage(after, "stage:discover").map((s) => s.name), ["Compare", "Search"]);
});

test("moves a step across stages; its emotion points and cells travel with it", () => {
  const doc = exampleJourney();
  const r = moveStep(doc, { stepId: "step:search", stageId: "stage:buy", position: { after: "step:checkout" } }, testContext());
  const after = applied(doc, r);
  assert.deepEqual(orderedSteps(after).map((s) => s.name), ["Compare", "Checkout", "Search"]);
  assert.deepEqual(after.cells, doc.cells);
  assert.deepEqual(after.emotions, doc.emotions);
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("refuses missing steps and stages, self-placement and neighbours of another stage", () => {
  const doc = exampleJourney();
  const cases = [
    [moveStep(doc, { stepId: "step:none" }, testContext()), "not_found"],
    [moveStep(doc, { stepId: "step:search", stageId: "stage:none" }, testContext()), "not_found"],
    [moveStep(doc, { stepId: "step:search", position: { after: "step:search" } }, testContext()), "invalid_argument"],
    [moveStep(doc, { stepId: "step:search", stageId: "stage:buy", position: { after: "step:compare" } }, testContext()), "not_found"],
  ] as const;
  for (const [r, code] of cases) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0, code);
});
