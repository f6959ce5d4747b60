import { test } from "node:test";
import assert from "node:assert/strict";
import * as Y from "yjs";
import { applyPatch, InvalidDocumentError, type JourneyDocument } from "@kaart/core";
import { documentToYDoc, YDocNotEmptyError } from "./document-to-ydoc";
import { yDocToDocument, validateYDoc } from "./ydoc-to-document";
import { mapRoots } from "./y-roots";
import { ORIGINS } from "./origins";
import { comparable } from "./comparable";
import { countingRandom, everyOperationScenario, scenarioStart } from "./every-operation-scenario";

/** The scenario's document at its fullest (before the removals at its end). */
function fullDocument(): JourneyDocument {
  let doc = scenarioStart();
  const ctx = { now: "2026-02-02T10:00:00.000Z", random: countingRandom(1) };
  for (const step of everyOperationScenario()) {
    if (step.operation === "removeTouchpoint") break;
    const r = step.run(doc, ctx);
    if (!r.ok) throw new Error(r.error.message);
    doc = applyPatch(doc, r.patch);
  }
  return doc;
}

test("document → Y.Doc → document is lossless (rich text comes back with equal neighbouring runs joined)", () => {
  const raw = fullDocument();
  const roundTrip = new Y.Doc();
  documentToYDoc(raw, roundTrip);
  assert.deepEqual(comparable(yDocToDocument(roundTrip)), comparable(raw));
  const doc = comparable(raw) as JourneyDocument;
  assert.ok(Object.keys(doc.cells).length > 0 && Object.keys(doc.translations).length > 0 && Object.keys(doc.cards).length > 0);
  const ydoc = new Y.Doc();
  documentToYDoc(doc, ydoc);
  assert.deepEqual(yDocToDocument(ydoc), doc);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  assert.deepEqual(yDocToDocument(copy), doc);
});

test("typed text is Y.Text, rich text keeps its formatting as attributes, other values are plain", () => {
  const doc = fullDocument();
  const ydoc = new Y.Doc();
  documentToYDoc(doc, ydoc);
  const { map, tables } = mapRoots(ydoc);
  assert.ok(map.get("title") instanceof Y.Text);
  assert.ok((map.get("scope") as Y.Map<unknown>).get("scenario") instanceof Y.Text);
  assert.equal(typeof map.get("kind"), "string");
  const card = [...tables.cards.values()].find((c) => (c as Y.Map<unknown>).get("body")) as Y.Map<unknown>;
  const body = card.get("body") as Y.Text;
  assert.ok(body instanceof Y.Text);
  assert.deepEqual(body.toDelta(), [{ insert: "From the ID card!" }]);
  const stage = [...tables.stages.values()][0] as Y.Map<unknown>;
  assert.ok(stage.get("name") instanceof Y.Text);
  assert.equal(typeof stage.get("order"), "string");
});

test("seeding is one transaction with the seed origin, and only into an empty Y.Doc", () => {
  const ydoc = new Y.Doc();
  const origins: unknown[] = [];
  ydoc.on("afterTransaction", (tr) => origins.push(tr.origin));
  documentToYDoc(fullDocument(), ydoc);
  assert.deepEqual(origins, [ORIGINS.seed]);
  assert.throws(() => documentToYDoc(scenarioStart(), ydoc), (e: unknown) => e instanceof YDocNotEmptyError && e.code === "ydoc_not_empty");
});

test("validateYDoc reports a dangling reference written straight into the Y.Doc", () => {
  const ydoc = new Y.Doc();
  documentToYDoc(fullDocument(), ydoc);
  const step = [...mapRoots(ydoc).tables.steps.values()][0] as Y.Map<unknown>;
  step.set("stageId", "stage:gone");
  const r = validateYDoc(ydoc);
  assert.ok(!r.ok && r.issues.some((i) => i.code === "dangling_reference" && i.pointer.endsWith("/stageId")));
  assert.throws(() => yDocToDocument(ydoc), InvalidDocumentError);
  assert.equal(validateYDoc(new Y.Doc()).ok, false);
});
