import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { setStepBinding } from "./set-step-binding";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("binds a step to activities and unbinds it", () => {
  const doc = exampleJourney();
  const r = setStepBinding(doc, { stepId: "step:checkout", binding: { activities: ["checkout_started"], patterns: ["payment_*"] } }, testContext());
  const bound = applied(doc, r);
  assert.deepEqual(bound.steps["step:checkout"]!.binding, { activities: ["checkout_started"], patterns: ["payment_*"] });
  assert.deepEqual(applyPatch(bound, r.patch), bound);
  const unbound = applied(bound, setStepBinding(bound, { stepId: "step:checkout", binding: null }, testContext()));
  assert.equal(unbound.steps["step:checkout"]!.binding, undefined);
});

test("refuses a missing step and empty activity names", () => {
  const doc = exampleJourney();
  const missing = setStepBinding(doc, { stepId: "step:none", binding: null }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found");
  const empty = setStepBinding(doc, { stepId: "step:search", binding: { activities: [""], patterns: [] } }, testContext());
  assert.ok(!empty.ok && empty.error.code === "invalid_argument" && empty.patch.ops.length === 0);
});
