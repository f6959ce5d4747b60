import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { removeLane } from "./remove-lane";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes a lane with its cells, their anchors and translations", () => {
  const doc = exampleJourney();
  const r = removeLane(doc, { laneId: "lane:does" }, testContext());
  const after = applied(doc, r);
  assert.ok(Object.values(after.cells).every((c) => c.laneId !== "lane:does"));
  assert.equal(after.anchors["anchor:oncell"], undefined);
  assert.deepEqual(Object.values(after.translations).map((t) => t.recordId), ["step:search"]);
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("removes a card lane with its cards", () => {
  const doc = exampleJourney();
  assert.deepEqual(applied(doc, removeLane(doc, { laneId: "lane:pains" }, testContext())).cards, {});
});

test("refuses a missing lane", () => {
  const r = removeLane(exampleJourney(), { laneId: "lane:none" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found");
});
