import { test } from "node:test";
import assert from "node:assert/strict";
import { updatePersona } from "./update-persona";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("splices typed text, puts lists, clears nulls", () => {
  const doc = exampleJourney();
  doc.personas["persona:mia"] = { ...doc.personas["persona:mia"]!, quote: "Let me pay", age: 30 };
  const r = updatePersona(doc, { personaId: "persona:mia", changes: { name: "Mia K.", quote: "Just let me pay", needs: ["Speed"], age: null } }, testContext());
  const mia = applied(doc, r).personas["persona:mia"]!;
  assert.equal(mia.name, "Mia K.");
  assert.equal(mia.quote, "Just let me pay");
  assert.deepEqual(mia.needs, ["Speed"]);
  assert.equal(mia.age, undefined);
  assert.deepEqual(r.patch.ops.map((o) => o.op), ["putMap", "put", "splice", "splice"]);
});

test("refuses a missing persona and an empty name", () => {
  const doc = exampleJourney();
  const missing = updatePersona(doc, { personaId: "persona:none", changes: { name: "X" } }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found");
  const empty = updatePersona(doc, { personaId: "persona:mia", changes: { name: "" } }, testContext());
  assert.ok(!empty.ok && empty.error.code === "invalid_argument" && empty.patch.ops.length === 0);
});
