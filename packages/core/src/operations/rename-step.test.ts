import { test } from "node:test";
import assert from "node:assert/strict";
import { renameStep } from "./rename-step";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("renames with a splice that keeps the common prefix and suffix", () => {
  const doc = exampleJourney();
  const r = renameStep(doc, { stepId: "step:compare", name: "Compare offers" }, testContext());
  assert.equal(applied(doc, r).steps["step:compare"]!.name, "Compare offers");
  assert.deepEqual(r.patch.ops.slice(1), [{ op: "splice", table: "steps", id: "step:compare", field: "name", index: 7, deleteCount: 0, insert: " offers" }]);
});

test("never splits a surrogate pair", () => {
  const doc = exampleJourney();
  doc.steps["step:search"] = { ...doc.steps["step:search"]!, name: "Go 😀" };
  const r = renameStep(doc, { stepId: "step:search", name: "Go 😃" }, testContext());
  const splice = r.patch.ops[1];
  assert.ok(splice?.op === "splice");
  assert.equal(splice.insert, "😃");
  assert.equal(applied(doc, r).steps["step:search"]!.name, "Go 😃");
});

test("refuses a missing step", () => {
  const r = renameStep(exampleJourney(), { stepId: "step:none", name: "x" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found" && r.patch.ops.length === 0);
});
