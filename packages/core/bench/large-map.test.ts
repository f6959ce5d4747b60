import { test } from "node:test";
import assert from "node:assert/strict";
import { orderedSteps } from "../src/document/ordered-records";
import { validateDocument } from "../src/document/validate-document";
import { buildLargeMap } from "./large-map";

test("the large map is a valid document of the requested size, the same every time", () => {
  const doc = buildLargeMap();
  const result = validateDocument(JSON.parse(JSON.stringify(doc)));
  assert.equal(result.ok, true, result.ok ? "" : JSON.stringify(result.issues.slice(0, 3)));
  assert.equal(orderedSteps(doc).length, 40);
  assert.equal(Object.keys(doc.lanes).length, 20);
  assert.equal(Object.keys(doc.personas).length, 5);
  assert.equal(Object.keys(doc.emotions).length, 40 * 5 * 2);
  assert.deepEqual(buildLargeMap(), doc);
  assert.equal(Object.keys(buildLargeMap({ steps: 10, lanes: 4, personas: 1, stages: 2 }).steps).length, 10);
});
