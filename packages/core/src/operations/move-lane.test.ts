import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { orderedLanes } from "../document/ordered-records";
import { moveLane } from "./move-lane";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("moves a lane up and to the bottom", () => {
  const doc = exampleJourney();
  const r = moveLane(doc, { laneId: "lane:where", position: { before: "lane:does" } }, testContext());
  const up = applied(doc, r);
  assert.deepEqual(orderedLanes(up).map((l) => l.id), ["lane:where", "lane:does", "lane:pains"]);
  assert.deepEqual(applyPatch(up, r.patch), up);
  const down = applied(up, moveLane(up, { laneId: "lane:where" }, testContext()));
  assert.deepEqual(orderedLanes(down).map((l) => l.id), ["lane:does", "lane:pains", "lane:where"]);
});

test("refuses a missing lane, a missing neighbour and itself", () => {
  const doc = exampleJourney();
  for (const [r, code] of [
    [moveLane(doc, { laneId: "lane:none" }, testContext()), "not_found"],
    [moveLane(doc, { laneId: "lane:does", position: { after: "lane:none" } }, testContext()), "not_found"],
    [moveLane(doc, { laneId: "lane:does", position: { before: "lane:does" } }, testContext()), "invalid_argument"],
  ] as const) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0);
});
