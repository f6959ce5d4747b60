import { test } from "node:test";
import assert from "node:assert/strict";
import { updateCard } from "./update-card";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("puts changed fields, clears nulls and splices the title", () => {
  const doc = exampleJourney();
  const r = updateCard(doc, { cardId: "card:slow", changes: { title: "Very slow payment", severity: null, status: "planned", effort: 2 } }, testContext());
  const card = applied(doc, r).cards["card:slow"]!;
  assert.deepEqual(card, { id: "card:slow", laneId: "lane:pains", stepId: "step:checkout", order: "a0", kind: "painPoint", title: "Very slow payment", status: "planned", effort: 2 });
  assert.deepEqual(r.patch.ops.map((o) => o.op), ["putMap", "put", "splice"]);
});

test("a body edit that keeps formatting is a splice; a new body is a put", () => {
  const doc = exampleJourney();
  const withBody = applied(doc, updateCard(doc, { cardId: "card:fees", changes: { body: [{ text: "At the " }, { text: "end", italic: true }] } }, testContext()));
  const r = updateCard(withBody, { cardId: "card:fees", changes: { body: [{ text: "At the very " }, { text: "end", italic: true }] } }, testContext());
  assert.deepEqual(r.patch.ops.slice(1), [{ op: "splice", table: "cards", id: "card:fees", field: "body", index: 7, deleteCount: 0, insert: "very " }]);
  assert.deepEqual(applied(withBody, r).cards["card:fees"]!.body, [{ text: "At the very " }, { text: "end", italic: true }]);
});

test("no change is the empty patch; missing cards and bad values are refused", () => {
  const doc = exampleJourney();
  const same = updateCard(doc, { cardId: "card:slow", changes: { title: "Slow payment", severity: 4 } }, testContext());
  assert.ok(same.ok && same.patch.ops.length === 0);
  const missing = updateCard(doc, { cardId: "card:none", changes: {} }, testContext());
  assert.ok(!missing.ok && missing.error.code === "not_found");
  const bad = updateCard(doc, { cardId: "card:slow", changes: { impact: 0 } }, testContext());
  assert.ok(!bad.ok && bad.error.code === "invalid_argument" && bad.patch.ops.length === 0);
});
