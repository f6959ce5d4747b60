import { test } from "node:test";
import assert from "node:assert/strict";
import { renameLane } from "./rename-lane";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("renames a lane by splice", () => {
  const doc = exampleJourney();
  const r = renameLane(doc, { laneId: "lane:pains", name: "Pains" }, testContext());
  assert.equal(applied(doc, r).lanes["lane:pains"]!.name, "Pains");
  assert.deepEqual(r.patch.ops.slice(1), [{ op: "splice", table: "lanes", id: "lane:pains", field: "name", index: 4, deleteCount: 6, insert: "" }]);
});

test("refuses a missing lane", () => {
  const r = renameLane(exampleJourney(), { laneId: "lane:none", name: "x" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found");
});
