import { test } from "node:test";
import assert from "node:assert/strict";
import { EMOTION_SCALES } from "../records/emotion-scale";
import { updateMapInfo } from "./update-map-info";
import { applied, exampleJourney, NOW, testContext } from "./operation-test-kit";

test("splices text fields, puts the rest, stamps updatedAt", () => {
  const doc = exampleJourney();
  const r = updateMapInfo(doc, {
    title: "Buying an e-bike",
    description: "From first search to first ride",
    kind: "futureState",
    scope: { scenario: "First bike", kpis: [{ name: "Conversion", value: 3, unit: "%" }] },
    tags: ["retail"],
    accessibility: { title: "Journey map: buying an e-bike" },
    emotionScale: EMOTION_SCALES.nps,
    region: "LV",
  }, testContext());
  const map = applied(doc, r).map;
  assert.equal(map.title, "Buying an e-bike");
  assert.equal(map.description, "From first search to first ride");
  assert.equal(map.kind, "futureState");
  assert.equal(map.scope.scenario, "First bike");
  assert.deepEqual(map.scope.targetPersonaIds, ["persona:mia"]);
  assert.equal(map.scope.kpis[0]!.name, "Conversion");
  assert.equal(map.accessibility.title, "Journey map: buying an e-bike");
  assert.deepEqual(map.emotionScale, EMOTION_SCALES.nps);
  assert.equal(map.region, "LV");
  assert.equal(map.updatedAt, NOW);
  assert.equal(r.patch.ops[0]!.op, "putMap");
  assert.ok(r.patch.ops.slice(1).every((o) => o.op === "splice"));
});

test("dropping a language drops its translations", () => {
  const doc = exampleJourney();
  const after = applied(doc, updateMapInfo(doc, { locales: ["en", "et"] }, testContext()));
  assert.deepEqual(after.map.locales, ["en", "et"]);
  assert.deepEqual(after.translations, {});
});

test("no change is the empty patch; bad locales are refused", () => {
  const doc = exampleJourney();
  const same = updateMapInfo(doc, { title: "Buying a bike" }, testContext());
  assert.ok(same.ok && same.patch.ops.length === 0);
  for (const [r, code] of [
    [updateMapInfo(doc, { locales: ["lv", "en"] }, testContext()), "invalid_argument"],
    [updateMapInfo(doc, { locales: ["en", "lv", "lv"] }, testContext()), "duplicate"],
    [updateMapInfo(doc, { locales: [] }, testContext()), "invalid_argument"],
    [updateMapInfo(doc, { emotionScale: { name: "custom", min: 5, max: 1 } }, testContext()), "invalid_argument"],
  ] as const) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0, code);
});
