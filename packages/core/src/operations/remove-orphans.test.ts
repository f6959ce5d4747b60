import { test } from "node:test";
import assert from "node:assert/strict";
import { validateDocument } from "../document/validate-document";
import { translationIdFor } from "../records/translation";
import { removeOrphans } from "./remove-orphans";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("a document whose stage vanished under it (a concurrent removal) is repaired", () => {
  const doc = exampleJourney();
  delete doc.stages["stage:discover"];
  delete doc.personas["persona:mia"];
  delete doc.touchpoints["touchpoint:store"];
  const tr = translationIdFor("lv", "card:gone", "title");
  doc.translations[tr] = { id: tr, locale: "lv", recordId: "card:gone", field: "title", value: "x" };
  assert.equal(validateDocument(JSON.parse(JSON.stringify(doc))).ok, false);
  const r = removeOrphans(doc, {}, testContext());
  const after = applied(doc, r);
  assert.deepEqual(Object.keys(after.steps), ["step:checkout"]);
  assert.deepEqual(after.map.scope.targetPersonaIds, []);
  assert.equal(after.lanes["lane:pains"]!.personaId, undefined);
  assert.equal(after.translations[tr], undefined);
  assert.ok(r.ok && r.value > 0);
});

test("a sound document gives the empty patch", () => {
  const r = removeOrphans(exampleJourney(), {}, testContext());
  assert.ok(r.ok && r.patch.ops.length === 0 && r.value === 0);
});

test("refuses arguments it does not take", () => {
  const r = removeOrphans(exampleJourney(), { all: true } as never, testContext());
  assert.ok(!r.ok && r.error.code === "invalid_argument");
});
