import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { stepsOfStage } from "../document/ordered-records";
import { addStep } from "./add-step";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("adds a step at the end of its stage or next to a sibling", () => {
  const doc = exampleJourney();
  const r = addStep(doc, { stageId: "stage:discover", name: "Ask friends" }, testContext());
  const after = applied(doc, r);
  assert.ok(r.ok);
  assert.equal(after.steps[r.value]!.stageId, "stage:discover");
  const before = applied(after, addStep(after, { stageId: "stage:discover", name: "Notice", position: { before: "step:search" } }, testContext(2)));
  assert.deepEqual(stepsOfStage(before, "stage:discover").map((s) => s.name), ["Notice", "Search", "Compare", "Ask friends"]);
  assert.deepEqual(applyPatch(applyPatch(doc, r.patch), r.patch), after);
});

test("refuses a missing stage, a neighbour in another stage and bad names", () => {
  const doc = exampleJourney();
  const stage = addStep(doc, { stageId: "stage:none" }, testContext());
  assert.ok(!stage.ok && stage.error.code === "not_found" && stage.patch.ops.length === 0);
  const other = addStep(doc, { stageId: "stage:buy", position: { after: "step:search" } }, testContext());
  assert.ok(!other.ok && other.error.code === "not_found");
  const bad = addStep(doc, { stageId: "stage:buy", name: 3 } as never, testContext());
  assert.ok(!bad.ok && bad.error.code === "invalid_argument");
});
