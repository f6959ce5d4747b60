import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { attachPersona } from "./attach-persona";
import { applied, exampleJourney, NOW, testContext } from "./operation-test-kit";

test("adds the persona to the map's targets", () => {
  const doc = exampleJourney();
  const r = attachPersona(doc, { personaId: "persona:ben" }, testContext());
  const after = applied(doc, r);
  assert.deepEqual(after.map.scope.targetPersonaIds, ["persona:mia", "persona:ben"]);
  assert.equal(after.map.updatedAt, NOW);
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("refuses a missing persona and one already targeted", () => {
  const doc = exampleJourney();
  const missing = attachPersona(doc, { personaId: "persona:none" }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found");
  const twice = attachPersona(doc, { personaId: "persona:mia" }, testContext());
  assert.ok(!twice.ok && twice.error.code === "duplicate" && twice.patch.ops.length === 0);
});

test("refuses a 101st target persona", () => {
  const doc = exampleJourney();
  const many = Array.from({ length: 100 }, (_, i) => `persona:p${i}` as const);
  for (const id of many) doc.personas[id] = { ...doc.personas["persona:ben"]!, id };
  doc.map = { ...doc.map, scope: { ...doc.map.scope, targetPersonaIds: many } };
  const r = attachPersona(doc, { personaId: "persona:ben" }, testContext());
  assert.ok(!r.ok && r.error.code === "out_of_range" && r.patch.ops.length === 0);
});
