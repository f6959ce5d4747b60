import { test } from "node:test";
import assert from "node:assert/strict";
import { renameStage } from "./rename-stage";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("renames with one minimal splice", () => {
  const doc = exampleJourney();
  const r = renameStage(doc, { stageId: "stage:discover", name: "Discovery" }, testContext());
  assert.equal(applied(doc, r).stages["stage:discover"]!.name, "Discovery");
  assert.deepEqual(r.patch.ops[1], { op: "splice", table: "stages", id: "stage:discover", field: "name", index: 8, deleteCount: 0, insert: "y" });
});

test("renaming to the same name is the empty patch", () => {
  const r = renameStage(exampleJourney(), { stageId: "stage:buy", name: "Buy" }, testContext());
  assert.ok(r.ok);
  assert.equal(r.patch.ops.length, 0);
});

test("refuses a missing stage and a too-long name", () => {
  const doc = exampleJourney();
  const missing = renameStage(doc, { stageId: "stage:none", name: "x" }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found" && missing.patch.ops.length === 0);
  const long = renameStage(doc, { stageId: "stage:buy", name: "x".repeat(501) }, testContext());
  assert.ok(!long.ok && long.error.code === "invalid_argument");
});
