import { test } from "node:test";
import assert from "node:assert/strict";
import * as Y from "yjs";
import { applyPatch, validateDocument, type JourneyDocument } from "@kaart/core";
import { createDocumentReader } from "./document-reader";
import { applyPatchToYDoc } from "./apply-patch-to-ydoc";
import { documentToYDoc } from "./document-to-ydoc";
import { yDocToJson } from "./ydoc-to-document";
import { mapRoots } from "./y-roots";
import { ORIGINS } from "./origins";
import { countingRandom, everyOperationScenario, scenarioStart } from "./every-operation-scenario";

test("after every operation the reader gives what full validation gives", () => {
  let doc: JourneyDocument = scenarioStart();
  const ydoc = new Y.Doc();
  const reader = createDocumentReader(ydoc);
  documentToYDoc(doc, ydoc);
  const ctx = { now: "2026-02-02T10:00:00.000Z", random: countingRandom(1) };
  for (const [i, step] of everyOperationScenario().entries()) {
    const r = step.run(doc, ctx);
    assert.ok(r.ok);
    doc = applyPatch(doc, r.patch);
    applyPatchToYDoc(ydoc, r.patch, ORIGINS.localEdit);
    assert.deepEqual(reader.read(), validateDocument(yDocToJson(ydoc)), `step ${i} ${step.operation}`);
  }
  reader.destroy();
});

test("unchanged records keep their identity; a changed or broken record is seen", () => {
  let doc: JourneyDocument = scenarioStart();
  const ctx = { now: "2026-02-02T10:00:00.000Z", random: countingRandom(1) };
  for (const step of everyOperationScenario().slice(0, 33)) doc = applyPatch(doc, step.run(doc, ctx).patch);
  const ydoc = new Y.Doc();
  documentToYDoc(doc, ydoc);
  const reader = createDocumentReader(ydoc);
  const first = reader.read();
  const second = reader.read();
  assert.ok(first.ok && second.ok);
  const [stageId, other] = Object.keys(first.document.stages);
  assert.equal(second.document.stages[stageId!], first.document.stages[stageId!]);
  const name = mapRoots(ydoc).tables.stages.get(stageId!) as Y.Map<unknown>;
  (name.get("name") as Y.Text).insert(0, "New ");
  const third = reader.read();
  assert.ok(third.ok);
  assert.ok(third.document.stages[stageId!]!.name.startsWith("New "));
  assert.equal(third.document.stages[other!], first.document.stages[other!]);
  name.set("order", "not a key!");
  const broken = reader.read();
  assert.deepEqual(broken, validateDocument(yDocToJson(ydoc)));
  assert.ok(!broken.ok && broken.issues[0]!.pointer === `/stages/${stageId}/order`);
  mapRoots(ydoc).tables.stages.delete(stageId!);
  assert.deepEqual(reader.read(), validateDocument(yDocToJson(ydoc)));
  reader.destroy();
});

test("tables and the map record no transaction touched keep their identity; touched ones are new", () => {
  let doc: JourneyDocument = scenarioStart();
  const ctx = { now: "2026-02-02T10:00:00.000Z", random: countingRandom(1) };
  for (const step of everyOperationScenario().slice(0, 33)) doc = applyPatch(doc, step.run(doc, ctx).patch);
  const ydoc = new Y.Doc();
  documentToYDoc(doc, ydoc);
  const reader = createDocumentReader(ydoc);
  const first = reader.read();
  assert.ok(first.ok);
  const stageId = Object.keys(first.document.stages)[0]!;
  (mapRoots(ydoc).tables.stages.get(stageId) as Y.Map<unknown>).set("order", "not a key!");
  const broken = reader.read();
  assert.ok(!broken.ok);
  (mapRoots(ydoc).tables.stages.get(stageId) as Y.Map<unknown>).set("order", first.document.stages[stageId]!.order);
  const mended = reader.read();
  assert.ok(mended.ok);
  // The stages table was touched twice: a new object, equal in content; the others are the same objects.
  assert.notEqual(mended.document.stages, first.document.stages);
  assert.deepEqual(mended.document.stages, first.document.stages);
  assert.equal(mended.document.steps, first.document.steps);
  assert.equal(mended.document.cards, first.document.cards);
  assert.equal(mended.document.map, first.document.map);
  (mapRoots(ydoc).map.get("title") as Y.Text).insert(0, "Renamed ");
  const renamed = reader.read();
  assert.ok(renamed.ok);
  assert.ok(renamed.document.map.title.startsWith("Renamed "));
  assert.notEqual(renamed.document.map, first.document.map);
  assert.equal(renamed.document.stages, mended.document.stages);
  assert.deepEqual(renamed, validateDocument(yDocToJson(ydoc)));
  reader.destroy();
});
