import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { orderedStages } from "../document/ordered-records";
import { addStage } from "./add-stage";
import { applied, exampleJourney, NOW, testContext } from "./operation-test-kit";

test("adds a stage at the end, or next to another, and stamps updatedAt", () => {
  const doc = exampleJourney();
  const end = addStage(doc, { name: "Use" }, testContext());
  const after = applied(doc, end);
  assert.ok(end.ok);
  assert.deepEqual(orderedStages(after).map((s) => s.name), ["Discover", "Buy", "Use"]);
  assert.equal(after.stages[end.value]!.kpis.length, 0);
  assert.equal(after.map.updatedAt, NOW);
  const first = applied(after, addStage(after, { name: "Need", position: { before: "stage:discover" } }, testContext(2)));
  const middle = applied(first, addStage(first, { name: "Decide", position: { after: "stage:discover" } }, testContext(3)));
  assert.deepEqual(orderedStages(middle).map((s) => s.name), ["Need", "Discover", "Decide", "Buy", "Use"]);
});

test("re-keys siblings whose keys cannot be split (equal keys from concurrent inserts)", () => {
  const doc = exampleJourney();
  doc.stages["stage:buy"] = { ...doc.stages["stage:buy"]!, order: "a0" };
  const r = addStage(doc, { name: "Between", position: { after: "stage:buy" } }, testContext());
  const after = applied(doc, r);
  const names = orderedStages(after).map((s) => s.name);
  assert.deepEqual(names, ["Buy", "Between", "Discover"]);
  assert.equal(new Set(Object.values(after.stages).map((s) => s.order)).size, 3);
});

test("putting twice is harmless", () => {
  const doc = exampleJourney();
  const r = addStage(doc, { name: "Use" }, testContext());
  assert.deepEqual(applyPatch(applyPatch(doc, r.patch), r.patch), applyPatch(doc, r.patch));
});

test("refuses an unknown neighbour and bad arguments with the empty patch", () => {
  const doc = exampleJourney();
  const missing = addStage(doc, { position: { after: "stage:nope" } }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found");
  assert.equal(missing.patch.ops.length, 0);
  const bad = addStage(doc, { name: "x".repeat(501) }, testContext());
  assert.ok(!bad.ok && bad.error.code === "invalid_argument");
  const wrongKind = addStage(doc, { position: { after: "step:search" } } as never, testContext());
  assert.ok(!wrongKind.ok && wrongKind.error.code === "invalid_argument");
});
