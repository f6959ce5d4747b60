import { test } from "node:test";
import assert from "node:assert/strict";
import { updateTouchpoint } from "./update-touchpoint";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("splices the name and puts other fields", () => {
  const doc = exampleJourney();
  const r = updateTouchpoint(doc, { touchpointId: "touchpoint:store", changes: { name: "Flagship store", ownerTeam: "Retail" } }, testContext());
  const tp = applied(doc, r).touchpoints["touchpoint:store"]!;
  assert.equal(tp.name, "Flagship store");
  assert.equal(tp.ownerTeam, "Retail");
  assert.deepEqual(r.patch.ops.map((o) => o.op), ["putMap", "put", "splice"]);
});

test("refuses a missing touchpoint and bad values", () => {
  const doc = exampleJourney();
  const missing = updateTouchpoint(doc, { touchpointId: "touchpoint:none", changes: {} }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found");
  const bad = updateTouchpoint(doc, { touchpointId: "touchpoint:web", changes: { online: "yes" } } as never, testContext());
  assert.ok(!bad.ok && bad.error.code === "invalid_argument");
});
