import { test } from "node:test";
import assert from "node:assert/strict";
import { addPersona } from "./add-persona";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("adds a persona with empty lists by default, not yet targeted", () => {
  const doc = exampleJourney();
  const r = addPersona(doc, { name: "Ana", age: 52, preferredChannels: ["phone"] }, testContext());
  const after = applied(doc, r);
  assert.ok(r.ok);
  assert.deepEqual(after.personas[r.value]!.needs, []);
  assert.equal(after.personas[r.value]!.age, 52);
  assert.ok(!after.map.scope.targetPersonaIds.includes(r.value));
});

test("refuses a persona without a name or with an unknown channel", () => {
  const doc = exampleJourney();
  const noName = addPersona(doc, { name: "" }, testContext());
  assert.ok(!noName.ok && noName.error.code === "invalid_argument" && noName.patch.ops.length === 0);
  const channel = addPersona(doc, { name: "Ana", preferredChannels: ["pigeon"] } as never, testContext());
  assert.ok(!channel.ok && channel.error.code === "invalid_argument");
});
