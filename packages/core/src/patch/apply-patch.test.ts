import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDocument } from "../document/journey-document";
import { applyPatch } from "./apply-patch";
import { spliceRichText } from "./splice-text";

const doc = () => emptyDocument({ mapId: "map:m", title: "Map", now: "2026-01-01T00:00:00.000Z" });

test("put, splice and remove change a copy and leave the input untouched", () => {
  const before = doc();
  const after = applyPatch(before, {
    ops: [
      { op: "put", table: "stages", id: "stage:a", record: { id: "stage:a", name: "Awarenes", order: "a0", kpis: [] } },
      { op: "splice", table: "stages", id: "stage:a", field: "name", index: 8, deleteCount: 0, insert: "s" },
      { op: "splice", table: "map", id: "map:m", field: "title", index: 0, deleteCount: 3, insert: "Journey" },
    ],
  });
  assert.equal(after.stages["stage:a"]!.name, "Awareness");
  assert.equal(after.map.title, "Journey");
  assert.deepEqual(before.stages, {});
  assert.equal(before.map.title, "Map");
  const removed = applyPatch(after, { ops: [{ op: "remove", table: "stages", id: "stage:a" }] });
  assert.deepEqual(removed.stages, {});
  assert.equal(after.stages["stage:a"]!.name, "Awareness");
});

test("ops on records that no longer exist are skipped", () => {
  const after = applyPatch(doc(), { ops: [{ op: "splice", table: "steps", id: "step:gone", field: "name", index: 0, deleteCount: 0, insert: "x" }] });
  assert.deepEqual(after.steps, {});
});

test("rich-text splice keeps formatting of the run the caret is in", () => {
  const runs = [{ text: "Slow " }, { text: "checkout", bold: true }];
  assert.deepEqual(spliceRichText(runs, 13, 0, "!"), [{ text: "Slow " }, { text: "checkout!", bold: true }]);
  assert.deepEqual(spliceRichText(runs, 3, 4, ""), [{ text: "Slo" }, { text: "eckout", bold: true }]);
  assert.deepEqual(spliceRichText(runs, 0, 0, ">"), [{ text: ">Slow " }, { text: "checkout", bold: true }]);
  assert.deepEqual(spliceRichText([], 0, 0, "a"), [{ text: "a" }]);
  assert.deepEqual(spliceRichText(runs, 0, 99, ""), []);
});
