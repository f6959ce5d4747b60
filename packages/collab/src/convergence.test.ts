import { test } from "node:test";
import assert from "node:assert/strict";
import * as Y from "yjs";
import { addStage, addStep, removeStage, applyPatch, orderedStages, renameStage, setCellContent, updateCard, addCard, addLane, cellIdFor, type JourneyDocument, type OperationResult, type StageId } from "@kaart/core";
import { applyPatchToYDoc } from "./apply-patch-to-ydoc";
import { documentToYDoc } from "./document-to-ydoc";
import { yDocToDocument, validateYDoc } from "./ydoc-to-document";
import { repairYDoc } from "./repair-ydoc";
import { ORIGINS } from "./origins";
import { countingRandom, scenarioStart } from "./every-operation-scenario";

const NOW = "2026-02-02T10:00:00.000Z";

function ok<T>(r: OperationResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Two replicas of one seeded document, as two clients connected to one server would hold. */
function twoReplicas(doc: JourneyDocument): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  documentToYDoc(doc, a);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), ORIGINS.remote);
  return [a, b];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, ORIGINS.remote);
  Y.applyUpdate(a, toA, ORIGINS.remote);
}

function withStage(name: string): { doc: JourneyDocument; stageId: StageId } {
  const start = scenarioStart();
  const r = addStage(start, { name }, { now: NOW, random: countingRandom(9) });
  return { doc: applyPatch(start, r.patch), stageId: ok(r) };
}

test("concurrent renames of one stage name merge both insertions", () => {
  const { doc, stageId } = withStage("Buy");
  const [a, b] = twoReplicas(doc);
  applyPatchToYDoc(a, renameStage(yDocToDocument(a), { stageId, name: "Buy now" }, { now: NOW }).patch, ORIGINS.localEdit);
  applyPatchToYDoc(b, renameStage(yDocToDocument(b), { stageId, name: "Quick Buy" }, { now: NOW }).patch, ORIGINS.localEdit);
  exchange(a, b);
  assert.equal(yDocToDocument(a).stages[stageId]!.name, "Quick Buy now");
  assert.deepEqual(yDocToDocument(a), yDocToDocument(b));
});

test("concurrent typing in one formatted cell keeps both insertions and the formatting", () => {
  const { doc: base, stageId } = withStage("Buy");
  const lane = addLane(base, { type: "actions", name: "Does" }, { now: NOW, random: countingRandom(4) });
  const withLane = applyPatch(base, lane.patch);
  const laneId = ok(lane);
  const filled = applyPatch(withLane, setCellContent(withLane, { laneId, at: stageId, content: { kind: "text", text: [{ text: "Pays " }, { text: "online", bold: true }] } }, { now: NOW }).patch);
  const [a, b] = twoReplicas(filled);
  const type = (y: Y.Doc, text: { text: string; bold?: boolean }[]) =>
    applyPatchToYDoc(y, setCellContent(yDocToDocument(y), { laneId, at: stageId, content: { kind: "text", text } }, { now: NOW }).patch, ORIGINS.localEdit);
  type(a, [{ text: "Quickly pays " }, { text: "online", bold: true }]);
  type(b, [{ text: "Pays " }, { text: "online!", bold: true }]);
  exchange(a, b);
  const cell = yDocToDocument(a).cells[cellIdFor(laneId, stageId)]!;
  assert.deepEqual(cell.content, { kind: "text", text: [{ text: "Quickly pays " }, { text: "online!", bold: true }] });
  assert.deepEqual(yDocToDocument(b), yDocToDocument(a));
});

test("concurrent inserts of stages at the same position both survive, in the same order everywhere", () => {
  const { doc, stageId } = withStage("Buy");
  const [a, b] = twoReplicas(doc);
  const onA = addStage(yDocToDocument(a), { name: "Compare", position: { before: stageId } }, { now: NOW, random: countingRandom(1) });
  const onB = addStage(yDocToDocument(b), { name: "Search", position: { before: stageId } }, { now: NOW, random: countingRandom(2) });
  applyPatchToYDoc(a, onA.patch, ORIGINS.localEdit);
  applyPatchToYDoc(b, onB.patch, ORIGINS.localEdit);
  exchange(a, b);
  const names = orderedStages(yDocToDocument(a)).map((s) => s.name);
  assert.deepEqual([...names].sort(), ["Buy", "Compare", "Search"]);
  assert.equal(names[2], "Buy");
  assert.deepEqual(orderedStages(yDocToDocument(b)).map((s) => s.name), names);
});

test("concurrent edits of different fields of one card both survive", () => {
  const { doc: base, stageId } = withStage("Buy");
  const lane = addLane(base, { type: "painPoints", name: "Pains" }, { now: NOW, random: countingRandom(5) });
  const withLane = applyPatch(base, lane.patch);
  const card = addCard(withLane, { laneId: ok(lane), at: stageId, kind: "painPoint", title: "Fees" }, { now: NOW, random: countingRandom(6) });
  const doc = applyPatch(withLane, card.patch);
  const [a, b] = twoReplicas(doc);
  const cardId = ok(card);
  applyPatchToYDoc(a, updateCard(yDocToDocument(a), { cardId, changes: { status: "planned" } }, { now: NOW }).patch, ORIGINS.localEdit);
  applyPatchToYDoc(b, updateCard(yDocToDocument(b), { cardId, changes: { title: "Hidden fees", severity: 5 } }, { now: NOW }).patch, ORIGINS.localEdit);
  exchange(a, b);
  const merged = yDocToDocument(a).cards[cardId]!;
  assert.equal(merged.status, "planned");
  assert.equal(merged.title, "Hidden fees");
  assert.equal(merged.severity, 5);
  assert.deepEqual(yDocToDocument(b), yDocToDocument(a));
});

test("a step added to a stage removed at the same time is repaired away, and replicas converge", () => {
  const { doc: base, stageId } = withStage("Buy");
  const [a, b] = twoReplicas(base);
  applyPatchToYDoc(a, removeStage(yDocToDocument(a), { stageId }, { now: NOW }).patch, ORIGINS.localEdit);
  applyPatchToYDoc(b, addStep(yDocToDocument(b), { stageId, name: "Pay" }, { now: NOW, random: countingRandom(7) }).patch, ORIGINS.localEdit);
  exchange(a, b);
  const merged = validateYDoc(a);
  assert.ok(!merged.ok && merged.issues.some((i) => i.code === "dangling_reference"));
  const repaired = repairYDoc(a, { now: NOW });
  assert.deepEqual(repaired, { ok: true, removed: 1 });
  assert.ok(validateYDoc(a).ok);
  assert.deepEqual(repairYDoc(a, { now: NOW }), { ok: true, removed: 0 });
  exchange(a, b);
  assert.deepEqual(yDocToDocument(b), yDocToDocument(a));
});
