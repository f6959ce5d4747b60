import { it } from "node:test";
import assert from "node:assert/strict";
import * as Y from "yjs";
import { mapRoots } from "@kaart/collab";
import { instantiateTemplate, newId, type JourneyDocument, type StageId } from "@kaart/core";
import { documentCodec } from "../features/document-codec";
import { alreadyHeld, UpdateValidator } from "./update-validator";

function liveDocument(): Y.Doc {
  const r = instantiateTemplate("saas-onboarding", { lang: "en", now: "2026-01-01T00:00:00.000Z" });
  assert.ok(r.ok);
  const ydoc = new Y.Doc();
  documentCodec.write(r.value, ydoc);
  return ydoc;
}

function clientOf(live: Y.Doc): Y.Doc {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
  return client;
}

/** The update a client sends for one edit. */
function edit(client: Y.Doc, change: (d: JourneyDocument) => JourneyDocument): Uint8Array {
  const before = Y.encodeStateVector(client);
  documentCodec.write(change(documentCodec.read(client)), client);
  return Y.encodeStateAsUpdate(client, before);
}

const withStage = (d: JourneyDocument, id: StageId): JourneyDocument => ({ ...d, stages: { ...d.stages, [id]: { id, name: "Added", order: "zz", kpis: [] } } });
const withStep = (d: JourneyDocument, stageId: StageId): JourneyDocument => {
  const id = newId("step");
  return { ...d, steps: { ...d.steps, [id]: { id, stageId, name: "New step", order: "zz" } } };
};
const breakKind = (d: JourneyDocument): JourneyDocument => ({ ...d, map: { ...d.map, kind: "nonsense" as JourneyDocument["map"]["kind"] } });

it("accepts a valid update and refuses one that breaks the document, leaving the live document alone", () => {
  const live = liveDocument();
  const validator = new UpdateValidator(live);
  validator.prepare();
  const kind = documentCodec.read(live).map.kind;
  assert.match(validator.problem(edit(clientOf(live), breakKind)) ?? "", /\/map\/kind/);
  assert.equal(documentCodec.read(live).map.kind, kind);
  assert.equal(validator.problem(edit(clientOf(live), (d) => ({ ...d, map: { ...d.map, title: "Renamed" } }))), undefined);
  assert.equal(validator.problem(new Uint8Array([1, 2, 3, 250])), "the update is not a Yjs update");
});

it("forgets a refused update: later updates are judged against the live document only", () => {
  const live = liveDocument();
  const validator = new UpdateValidator(live);
  assert.ok(validator.problem(edit(clientOf(live), breakKind)));
  // Were the refused update still in the shadow, every later update would be refused with it.
  assert.equal(validator.problem(edit(clientOf(live), (d) => ({ ...d, map: { ...d.map, title: "Fine" } }))), undefined);
});

it("judges each update against what the live document received from elsewhere (REST writes, other instances)", () => {
  const live = liveDocument();
  const validator = new UpdateValidator(live);
  validator.prepare();
  const stageId = newId("stage");
  documentCodec.write(withStage(documentCodec.read(live), stageId), live);
  const synced = clientOf(live);
  assert.equal(validator.problem(edit(synced, (d) => withStep(d, stageId))), undefined, "the stage added to the live document is known");

  const stale = clientOf(live);
  const { [stageId]: _removed, ...stages } = documentCodec.read(live).stages;
  documentCodec.write({ ...documentCodec.read(live), stages }, live);
  assert.match(validator.problem(edit(stale, (d) => withStep(d, stageId))) ?? "", /stage/i, "the stage removed from the live document is gone");
});

it("tells updates that bring nothing new (a resent state) from new items and deletions", () => {
  const live = liveDocument();
  const client = clientOf(live);
  assert.equal(alreadyHeld(live, Y.encodeStateAsUpdate(client)), true);
  const rename = edit(client, (d) => ({ ...d, map: { ...d.map, title: "New" } }));
  assert.equal(alreadyHeld(live, rename), false);
  Y.applyUpdate(live, rename);
  assert.equal(alreadyHeld(live, rename), true);
  const before = Y.encodeStateVector(client);
  const personas = mapRoots(client).tables.personas;
  personas.delete([...personas.keys()][0]!);
  const deletion = Y.encodeStateAsUpdate(client, before);
  assert.equal(alreadyHeld(live, deletion), false);
  Y.applyUpdate(live, deletion);
  assert.equal(alreadyHeld(live, deletion), true);
});
