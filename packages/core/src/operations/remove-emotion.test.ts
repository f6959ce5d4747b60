import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { emotionIdFor } from "../records/emotion-point";
import { removeEmotion } from "./remove-emotion";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes the point of (step, persona, variant)", () => {
  const doc = exampleJourney();
  const r = removeEmotion(doc, { stepId: "step:compare", variant: "toBe" }, testContext());
  const after = applied(doc, r);
  assert.equal(after.emotions[emotionIdFor("step:compare", undefined, "toBe")], undefined);
  assert.equal(Object.keys(after.emotions).length, 2);
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("refuses a point that does not exist", () => {
  const r = removeEmotion(exampleJourney(), { stepId: "step:search", personaId: "persona:mia", variant: "toBe" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found" && r.patch.ops.length === 0);
});
