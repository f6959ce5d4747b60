import { test } from "node:test";
import assert from "node:assert/strict";
import * as Y from "yjs";
import { applyPatch, renameStage, addStage, type JourneyDocument } from "@kaart/core";
import { applyPatchToYDoc } from "./apply-patch-to-ydoc";
import { documentToYDoc } from "./document-to-ydoc";
import { yDocToDocument, validateYDoc } from "./ydoc-to-document";
import { ORIGINS } from "./origins";
import { mapRoots } from "./y-roots";
import { comparable } from "./comparable";
import { countingRandom, everyOperationScenario, scenarioStart } from "./every-operation-scenario";

const OPERATIONS = [
  "addStage", "renameStage", "moveStage", "removeStage", "addStep", "renameStep", "moveStep", "removeStep", "addLane",
  "renameLane", "moveLane", "removeLane", "setCellContent", "clearCell", "addCard", "updateCard", "moveCard", "removeCard",
  "setEmotion", "removeEmotion", "addPersona", "updatePersona", "attachPersona", "detachPersona", "removePersona",
  "addTouchpoint", "updateTouchpoint", "removeTouchpoint", "flagMoment", "unflagMoment", "addFlowEdge", "removeFlowEdge",
  "setTranslation", "updateMapInfo", "setStepBinding",
];

test("every operation's patch gives the same document applied to a plain document and to a Y.Doc", () => {
  const steps = everyOperationScenario();
  assert.deepEqual([...new Set(steps.map((s) => s.operation))].sort(), [...OPERATIONS].sort());
  let doc: JourneyDocument = scenarioStart();
  const ydoc = new Y.Doc();
  documentToYDoc(doc, ydoc);
  const ctx = { now: "2026-02-02T10:00:00.000Z", random: countingRandom(1) };
  steps.forEach((step, i) => {
    const r = step.run(doc, ctx);
    assert.ok(r.ok, `step ${i} ${step.operation}: ${r.ok ? "" : r.error.message}`);
    doc = applyPatch(doc, r.patch);
    applyPatchToYDoc(ydoc, r.patch, ORIGINS.localEdit);
    assert.deepEqual(comparable(yDocToDocument(ydoc)), comparable(doc), `step ${i} ${step.operation}`);
  });
  assert.ok(validateYDoc(ydoc).ok);
});

test("one patch is one transaction with the given origin", () => {
  const start = scenarioStart();
  const ydoc = new Y.Doc();
  documentToYDoc(start, ydoc);
  const origins: unknown[] = [];
  ydoc.on("afterTransaction", (tr) => origins.push(tr.origin));
  const r = addStage(start, { name: "Learn" }, { now: "2026-02-02T10:00:00.000Z", random: countingRandom(2) });
  applyPatchToYDoc(ydoc, r.patch, ORIGINS.localEdit);
  assert.deepEqual(origins, [ORIGINS.localEdit]);
  assert.equal(r.patch.ops.length, 2);
});

test("undo tracking local edits reverts a rename but not the seed", () => {
  const start = scenarioStart();
  const added = addStage(start, { name: "Learn" }, { now: "2026-02-02T10:00:00.000Z", random: countingRandom(3) });
  assert.ok(added.ok);
  const seeded = applyPatch(start, added.patch);
  const ydoc = new Y.Doc();
  documentToYDoc(seeded, ydoc);
  const undo = new Y.UndoManager(Object.values(mapRoots(ydoc).all), { trackedOrigins: new Set([ORIGINS.localEdit]) });
  const r = renameStage(seeded, { stageId: added.value, name: "Learn more" }, { now: "2026-02-02T11:00:00.000Z" });
  applyPatchToYDoc(ydoc, r.patch, ORIGINS.localEdit);
  assert.equal(yDocToDocument(ydoc).stages[added.value]!.name, "Learn more");
  undo.undo();
  const after = yDocToDocument(ydoc);
  assert.equal(after.stages[added.value]!.name, "Learn");
  assert.equal(after.map.updatedAt, seeded.map.updatedAt);
  undo.undo();
  assert.ok(yDocToDocument(ydoc).stages[added.value], "the seed is not undone");
});

test("ops on records removed concurrently are skipped, as in core", () => {
  const ydoc = new Y.Doc();
  documentToYDoc(scenarioStart(), ydoc);
  applyPatchToYDoc(ydoc, { ops: [{ op: "splice", table: "stages", id: "stage:gone", field: "name", index: 0, deleteCount: 0, insert: "x" }] }, ORIGINS.remote);
  assert.deepEqual(yDocToDocument(ydoc).stages, {});
});
