import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { orderedStages, orderedSteps } from "../document/ordered-records";
import { moveStage } from "./move-stage";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("moves a stage before another; its steps follow", () => {
  const doc = exampleJourney();
  const r = moveStage(doc, { stageId: "stage:buy", position: { before: "stage:discover" } }, testContext());
  const after = applied(doc, r);
  assert.deepEqual(orderedStages(after).map((s) => s.id), ["stage:buy", "stage:discover"]);
  assert.deepEqual(orderedSteps(after).map((s) => s.name), ["Checkout", "Search", "Compare"]);
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("moving to where it already is changes nothing", () => {
  const r = moveStage(exampleJourney(), { stageId: "stage:buy" }, testContext());
  assert.ok(r.ok);
  assert.equal(r.patch.ops.length, 0);
});

test("refuses missing stages and placing a stage next to itself", () => {
  const doc = exampleJourney();
  const self = moveStage(doc, { stageId: "stage:buy", position: { after: "stage:buy" } }, testContext());
  assert.ok(!self.ok && self.error.code === "invalid_argument" && self.patch.ops.length === 0);
  const missing = moveStage(doc, { stageId: "stage:none" }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found");
  const ref = moveStage(doc, { stageId: "stage:buy", position: { before: "stage:none" } }, testContext());
  assert.ok(!ref.ok && ref.error.code === "not_found");
});
