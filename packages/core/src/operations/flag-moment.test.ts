import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { flagMoment } from "./flag-moment";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("flags a step, and edits the why of a flagged step by splice", () => {
  const doc = exampleJourney();
  const r = flagMoment(doc, { stepId: "step:compare", why: "Decides here" }, testContext());
  const after = applied(doc, r);
  assert.deepEqual(after.steps["step:compare"]!.momentThatMatters, { why: "Decides here" });
  assert.deepEqual(applyPatch(after, r.patch), after);
  const edit = flagMoment(doc, { stepId: "step:checkout", why: "Real money changes hands" }, testContext());
  assert.deepEqual(edit.patch.ops.slice(1), [{ op: "splice", table: "steps", id: "step:checkout", field: "momentThatMatters.why", index: 0, deleteCount: 1, insert: "Real m" }]);
  assert.equal(applied(doc, edit).steps["step:checkout"]!.momentThatMatters!.why, "Real money changes hands");
});

test("refuses a missing step and a why too long", () => {
  const doc = exampleJourney();
  const missing = flagMoment(doc, { stepId: "step:none" }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found");
  const long = flagMoment(doc, { stepId: "step:search", why: "x".repeat(2_001) }, testContext());
  assert.ok(!long.ok && long.error.code === "invalid_argument" && long.patch.ops.length === 0);
});
