import { test } from "node:test";
import assert from "node:assert/strict";
import { removeFlowEdge } from "./remove-flow-edge";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes a flow edge", () => {
  const doc = exampleJourney();
  assert.deepEqual(applied(doc, removeFlowEdge(doc, { flowId: "flow:back" }, testContext())).flows, {});
});

test("refuses a missing edge", () => {
  const r = removeFlowEdge(exampleJourney(), { flowId: "flow:none" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found" && r.patch.ops.length === 0);
});
