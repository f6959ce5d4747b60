import { test } from "node:test";
import assert from "node:assert/strict";
import { addStage, addStep, applyPatch, emptyDocument, orderedSteps, setStepBinding, validateDocument, type JourneyDocument, type OperationResult } from "@kaart/core";
import { shopLog } from "../test-fixtures";
import { bindJourney } from "./bind-journey";
import { discoverJourney } from "./discover-journey";

const now = "2026-01-01T00:00:00.000Z";
let seed = 0;
const random = (n: number) => Uint8Array.from({ length: n }, () => seed++ % 256);
const ctx = { now, random, source: "event log shop.csv" };

function step<T>(doc: { d: JourneyDocument }, r: OperationResult<T>): T {
  assert.ok(r.ok);
  doc.d = applyPatch(doc.d, r.patch);
  return r.value;
}

function shopMap(): JourneyDocument {
  const doc = { d: emptyDocument({ mapId: "map:shop", title: "Shop", now }) };
  const browse = step(doc, addStage(doc.d, { name: "Browse" }, ctx));
  const buy = step(doc, addStage(doc.d, { name: "Buy" }, ctx));
  step(doc, addStep(doc.d, { stageId: browse, name: "Visit site" }, ctx));
  step(doc, addStep(doc.d, { stageId: browse, name: "Cart" }, ctx));
  step(doc, addStep(doc.d, { stageId: buy, name: "Checkout" }, ctx));
  const pay = step(doc, addStep(doc.d, { stageId: buy, name: "Payment" }, ctx));
  step(doc, addStep(doc.d, { stageId: buy, name: "Thank you" }, ctx));
  step(doc, setStepBinding(doc.d, { stepId: pay, binding: { activities: [], patterns: ["pa?"] } }, ctx));
  return doc.d;
}

function metricsByStep(doc: JourneyDocument): Map<string, Record<string, number | undefined>> {
  const out = new Map<string, Record<string, number | undefined>>();
  for (const cell of Object.values(doc.cells)) {
    if (cell.content.kind !== "metrics" || !cell.stepId) continue;
    out.set(doc.steps[cell.stepId]!.name, Object.fromEntries(cell.content.metrics.map((k) => [k.name, k.value])));
  }
  return out;
}

test("bind suggests bindings from names, keeps existing ones and writes metrics cells per step", async () => {
  const { document, bindings } = bindJourney(shopMap(), await shopLog(), ctx);
  assert.equal(validateDocument(document).ok, true);
  assert.deepEqual(
    bindings.map((b) => [b.stepName, b.activities, b.suggested]),
    [
      ["Visit site", ["visit"], true],
      ["Cart", ["cart"], true],
      ["Checkout", ["checkout"], true],
      ["Payment", ["pay"], false],
    ],
  );
  assert.deepEqual(orderedSteps(document).find((s) => s.name === "Cart")?.binding, { activities: ["cart"], patterns: [] });
  assert.equal(orderedSteps(document).find((s) => s.name === "Thank you")?.binding, undefined);
  const metrics = metricsByStep(document);
  assert.deepEqual(metrics.get("Visit site"), { "Cases reaching": 4, Conversion: 80, "Drop-off": 20 });
  assert.deepEqual(metrics.get("Cart"), { "Cases reaching": 3, Conversion: 75, "Drop-off": 25, "Median time from previous step": 10 });
  assert.deepEqual(metrics.get("Payment"), { "Cases reaching": 2, Conversion: 66.7, "Drop-off": 33.3, "Median time from previous step": 10 });
  assert.equal(metrics.has("Thank you"), false);
  assert.equal(Object.values(document.lanes).filter((l) => l.type === "metrics").length, 1);
});

test("binding twice reuses the metrics lane and overwrites the cells", async () => {
  const log = await shopLog();
  const once = bindJourney(shopMap(), log, ctx).document;
  const twice = bindJourney(once, log, ctx).document;
  assert.equal(Object.values(twice.lanes).filter((l) => l.type === "metrics").length, 1);
  assert.deepEqual(metricsByStep(twice), metricsByStep(once));
});

test("discover drafts steps from the common activities in journey order", async () => {
  const { document } = discoverJourney(await shopLog(), { ...ctx, title: "Shop (discovered)" });
  assert.equal(validateDocument(document).ok, true);
  assert.deepEqual(orderedSteps(document).map((s) => [s.name, s.binding?.activities]), [
    ["visit", ["visit"]],
    ["cart", ["cart"]],
    ["checkout", ["checkout"]],
    ["pay", ["pay"]],
  ]);
  assert.equal(Object.keys(document.stages).length, 1);
  assert.equal(metricsByStep(document).get("checkout")?.["Cases reaching"], 3);
});
