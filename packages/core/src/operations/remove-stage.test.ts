import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { removeStage } from "./remove-stage";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes a stage with its steps, cells, cards, emotion points, anchors and translations", () => {
  const doc = exampleJourney();
  const r = removeStage(doc, { stageId: "stage:buy" }, testContext());
  const after = applied(doc, r);
  assert.deepEqual(Object.keys(after.stages), ["stage:discover"]);
  assert.deepEqual(Object.keys(after.steps).sort(), ["step:compare", "step:search"]);
  assert.equal(Object.values(after.cards).length, 0);
  assert.ok(Object.values(after.cells).every((c) => c.stageId !== "stage:buy"));
  assert.ok(Object.values(after.emotions).every((e) => e.stepId !== "step:checkout"));
  assert.equal(after.anchors["anchor:onstep"], undefined);
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("removing the first stage takes its flow edges, cell anchors and translations", () => {
  const doc = exampleJourney();
  const after = applied(doc, removeStage(doc, { stageId: "stage:discover" }, testContext()));
  assert.deepEqual(after.flows, {});
  assert.deepEqual(after.translations, {});
  assert.deepEqual(Object.keys(after.anchors).sort(), ["anchor:onmap", "anchor:onstep"]);
});

test("refuses a missing stage", () => {
  const r = removeStage(exampleJourney(), { stageId: "stage:none" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found" && r.patch.ops.length === 0);
});
