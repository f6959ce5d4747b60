import { test } from "node:test";
import assert from "node:assert/strict";
import { validateDocument } from "../document/validate-document";
import { newId } from "../records/ids";
import { countingRandom, exampleJourney } from "./operation-test-kit";

test("the example journey validates", () => {
  const r = validateDocument(JSON.parse(JSON.stringify(exampleJourney())));
  assert.deepEqual(r.ok ? [] : r.issues, []);
});

test("counting randomness gives distinct ids, the same in every run", () => {
  const a = countingRandom(1);
  const b = countingRandom(1);
  const ids = [newId("stage", a), newId("stage", a), newId("stage", a)];
  assert.equal(new Set(ids).size, 3);
  assert.deepEqual([newId("stage", b), newId("stage", b), newId("stage", b)], ids);
});
