import { test } from "node:test";
import assert from "node:assert/strict";
import { detachPersona } from "./detach-persona";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes the persona from the targets but keeps the persona and its lanes", () => {
  const doc = exampleJourney();
  const after = applied(doc, detachPersona(doc, { personaId: "persona:mia" }, testContext()));
  assert.deepEqual(after.map.scope.targetPersonaIds, []);
  assert.ok(after.personas["persona:mia"]);
  assert.equal(after.lanes["lane:pains"]!.personaId, "persona:mia");
});

test("refuses a persona that is not a target", () => {
  const r = detachPersona(exampleJourney(), { personaId: "persona:ben" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found" && r.patch.ops.length === 0);
});
