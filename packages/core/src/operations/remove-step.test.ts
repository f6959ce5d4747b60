import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { cellIdFor } from "../records/cell";
import { removeStep } from "./remove-step";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes a step with its cells, emotion points, flows, anchors and translations", () => {
  const doc = exampleJourney();
  const r = removeStep(doc, { stepId: "step:search" }, testContext());
  const after = applied(doc, r);
  assert.equal(after.steps["step:search"], undefined);
  assert.equal(after.cells[cellIdFor("lane:does", "step:search")], undefined);
  assert.equal(after.cells[cellIdFor("lane:where", "step:search")], undefined);
  assert.deepEqual(after.flows, {});
  assert.equal(after.anchors["anchor:oncell"], undefined);
  assert.deepEqual(after.translations, {});
  assert.ok(Object.values(after.emotions).every((e) => e.stepId !== "step:search"));
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("removing a step with cards removes the cards and the anchors on it", () => {
  const doc = exampleJourney();
  const after = applied(doc, removeStep(doc, { stepId: "step:checkout" }, testContext()));
  assert.deepEqual(after.cards, {});
  assert.equal(after.anchors["anchor:onstep"], undefined);
});

test("refuses a missing step", () => {
  const r = removeStep(exampleJourney(), { stepId: "step:none" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found");
});
