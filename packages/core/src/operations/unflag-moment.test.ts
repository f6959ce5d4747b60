import { test } from "node:test";
import assert from "node:assert/strict";
import { translationIdFor } from "../records/translation";
import { unflagMoment } from "./unflag-moment";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("un-flags a moment and drops the translations of its why", () => {
  const doc = exampleJourney();
  const tr = translationIdFor("lv", "step:checkout", "momentThatMatters.why");
  doc.translations[tr] = { id: tr, locale: "lv", recordId: "step:checkout", field: "momentThatMatters.why", value: "Nauda" };
  const after = applied(doc, unflagMoment(doc, { stepId: "step:checkout" }, testContext()));
  assert.equal(after.steps["step:checkout"]!.momentThatMatters, undefined);
  assert.equal(after.translations[tr], undefined);
});

test("refuses a missing step and a step that is not flagged", () => {
  const doc = exampleJourney();
  for (const stepId of ["step:none", "step:search"]) {
    const r = unflagMoment(doc, { stepId }, testContext());
    assert.ok(!r.ok && r.error.code === "not_found" && r.patch.ops.length === 0);
  }
});
