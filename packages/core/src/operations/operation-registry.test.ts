import { test } from "node:test";
import assert from "node:assert/strict";
import { EDITOR_OPERATIONS, isOperationName, runOperation } from "./operation-registry";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("runs an operation by name with arguments as data", () => {
  const doc = exampleJourney();
  const r = runOperation(doc, "renameStage", JSON.parse('{"stageId":"stage:buy","name":"Purchase"}'), testContext());
  assert.equal(applied(doc, r).stages["stage:buy"]!.name, "Purchase");
  assert.equal(Object.keys(EDITOR_OPERATIONS).length, 36);
});

test("refuses unknown names, inherited names and bad arguments with the empty patch", () => {
  const doc = exampleJourney();
  for (const name of ["dropTable", "toString", "__proto__", 42]) {
    const r = runOperation(doc, name, {}, testContext());
    assert.ok(!r.ok && r.error.code === "invalid_argument" && r.patch.ops.length === 0);
    assert.equal(isOperationName(name), false);
  }
  const bad = runOperation(doc, "addStage", { name: 5 }, testContext());
  assert.ok(!bad.ok && bad.error.code === "invalid_argument");
});
