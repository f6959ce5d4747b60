import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { cellIdFor } from "../records/cell";
import { removeTouchpoint } from "./remove-touchpoint";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes a touchpoint and takes it out of the cells listing it", () => {
  const doc = exampleJourney();
  const r = removeTouchpoint(doc, { touchpointId: "touchpoint:web" }, testContext());
  const after = applied(doc, r);
  assert.equal(after.touchpoints["touchpoint:web"], undefined);
  assert.deepEqual(after.cells[cellIdFor("lane:where", "step:search")]!.content, { kind: "touchpoints", touchpointIds: ["touchpoint:store"] });
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("refuses a missing touchpoint", () => {
  const r = removeTouchpoint(exampleJourney(), { touchpointId: "touchpoint:none" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found");
});
