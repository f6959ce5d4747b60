import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { cellIdFor } from "../records/cell";
import { setCellContent } from "./set-cell-content";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("fills an empty cell with a derived id, at a step or spanning a stage", () => {
  const doc = exampleJourney();
  const r = setCellContent(doc, { laneId: "lane:does", at: "step:compare", content: { kind: "text", text: [{ text: "Reads reviews" }] } }, testContext());
  const after = applied(doc, r);
  assert.ok(r.ok);
  assert.equal(r.value, cellIdFor("lane:does", "step:compare"));
  assert.equal(after.cells[r.value]!.stepId, "step:compare");
  assert.deepEqual(applyPatch(after, r.patch), after);
  const span = setCellContent(doc, { laneId: "lane:where", at: "stage:buy", content: { kind: "touchpoints", touchpointIds: ["touchpoint:store"] } }, testContext());
  assert.ok(span.ok);
  assert.equal(applied(doc, span).cells[span.value]!.stageId, "stage:buy");
});

test("typing in formatted text is a splice of content.text that keeps the formatting", () => {
  const doc = exampleJourney();
  const at = cellIdFor("lane:does", "step:search");
  const r = setCellContent(doc, { laneId: "lane:does", at: "step:search", content: { kind: "text", text: [{ text: "Googles " }, { text: "bikes!", bold: true }] } }, testContext());
  assert.deepEqual(r.patch.ops.slice(1), [{ op: "splice", table: "cells", id: at, field: "content.text", index: 13, deleteCount: 0, insert: "!" }]);
  assert.deepEqual(applied(doc, r).cells[at]!.content, { kind: "text", text: [{ text: "Googles " }, { text: "bikes!", bold: true }] });
});

test("a formatting change or another kind of content puts the cell", () => {
  const doc = exampleJourney();
  const at = cellIdFor("lane:does", "step:search");
  const bold = setCellContent(doc, { laneId: "lane:does", at: "step:search", content: { kind: "text", text: [{ text: "Googles bikes", bold: true }] } }, testContext());
  assert.equal(bold.patch.ops[1]!.op, "put");
  assert.deepEqual(applied(doc, bold).cells[at]!.content, { kind: "text", text: [{ text: "Googles bikes", bold: true }] });
  const metrics = setCellContent(doc, { laneId: "lane:does", at: "step:search", content: { kind: "metrics", metrics: [{ name: "CTR", value: 2 }] } }, testContext());
  assert.equal(applied(doc, metrics).cells[at]!.content.kind, "metrics");
});

test("refuses missing lanes, steps, stages and touchpoints, and unsafe links", () => {
  const doc = exampleJourney();
  const text = { kind: "text" as const, text: [] };
  for (const [r, code] of [
    [setCellContent(doc, { laneId: "lane:none", at: "step:search", content: text }, testContext()), "not_found"],
    [setCellContent(doc, { laneId: "lane:does", at: "step:none", content: text }, testContext()), "not_found"],
    [setCellContent(doc, { laneId: "lane:does", at: "stage:none", content: text }, testContext()), "not_found"],
    [setCellContent(doc, { laneId: "lane:where", at: "step:compare", content: { kind: "touchpoints", touchpointIds: ["touchpoint:none"] } }, testContext()), "not_found"],
    [setCellContent(doc, { laneId: "lane:does", at: "step:search", content: { kind: "text", text: [{ text: "x", href: "javascript:alert(1)" }] } }, testContext()), "invalid_argument"],
    [setCellContent(doc, { laneId: "lane:does", at: "lane:does", content: text } as never, testContext()), "invalid_argument"],
  ] as const) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0, code);
});
