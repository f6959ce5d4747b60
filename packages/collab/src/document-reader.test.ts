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
