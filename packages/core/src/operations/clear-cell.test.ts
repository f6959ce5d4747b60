import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { cellIdFor } from "../records/cell";
import { clearCell } from "./clear-cell";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes a cell nobody commented on", () => {
  const doc = exampleJourney();
  const r = clearCell(doc, { laneId: "lane:where", at: "step:search" }, testContext());
  const after = applied(doc, r);
  assert.equal(after.cells[cellIdFor("lane:where", "step:search")], undefined);
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("a commented cell stays as empty text so its thread keeps its place; its translations go", () => {
  const doc = exampleJourney();
  const id = cellIdFor("lane:does", "step:search");
  const after = applied(doc, clearCell(doc, { laneId: "lane:does", at: "step:search" }, testContext()));
  assert.deepEqual(after.cells[id]!.content, { kind: "text", text: [] });
  assert.ok(after.anchors["anchor:oncell"]);
  assert.ok(Object.values(after.translations).every((t) => t.recordId !== id));
});

test("refuses an empty cell", () => {
  const r = clearCell(exampleJourney(), { laneId: "lane:does", at: "step:compare" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found" && r.patch.ops.length === 0);
});
