import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { addFlowEdge } from "./add-flow-edge";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("adds a branch between two steps", () => {
  const doc = exampleJourney();
  const r = addFlowEdge(doc, { from: "step:search", to: "step:checkout", kind: "branch", label: "Knows what to buy", share: 0.2 }, testContext());
  const after = applied(doc, r);
  assert.ok(r.ok);
  assert.deepEqual(after.flows[r.value], { id: r.value, from: "step:search", to: "step:checkout", kind: "branch", label: "Knows what to buy", share: 0.2 });
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("refuses missing steps, a duplicate edge and a share above 1", () => {
  const doc = exampleJourney();
  for (const [r, code] of [
    [addFlowEdge(doc, { from: "step:none", to: "step:search", kind: "loop" }, testContext()), "not_found"],
    [addFlowEdge(doc, { from: "step:search", to: "step:none", kind: "loop" }, testContext()), "not_found"],
    [addFlowEdge(doc, { from: "step:compare", to: "step:search", kind: "loop" }, testContext()), "duplicate"],
    [addFlowEdge(doc, { from: "step:compare", to: "step:search", kind: "branch", share: 1.5 }, testContext()), "invalid_argument"],
  ] as const) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0, code);
});
