import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { removePersona } from "./remove-persona";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes a targeted persona: emotion points, targets and lane scope follow", () => {
  const doc = exampleJourney();
  const r = removePersona(doc, { personaId: "persona:mia" }, testContext());
  const after = applied(doc, r);
  assert.equal(after.personas["persona:mia"], undefined);
  assert.deepEqual(after.map.scope.targetPersonaIds, []);
  assert.equal(after.lanes["lane:pains"]!.personaId, undefined);
  assert.equal(after.lanes["lane:pains"]!.name, "Pain points");
  assert.ok(Object.values(after.emotions).every((e) => e.personaId !== "persona:mia"));
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("removes an untargeted persona with its emotion points", () => {
  const doc = exampleJourney();
  const after = applied(doc, removePersona(doc, { personaId: "persona:ben" }, testContext()));
  assert.equal(Object.keys(after.emotions).length, 2);
  assert.deepEqual(after.map.scope.targetPersonaIds, ["persona:mia"]);
});

test("refuses a missing persona", () => {
  const r = removePersona(exampleJourney(), { personaId: "persona:none" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found");
});
