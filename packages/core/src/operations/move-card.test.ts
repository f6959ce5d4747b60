import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { cardsAt } from "../document/ordered-records";
import { moveCard } from "./move-card";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("reorders a card within its cell", () => {
  const doc = exampleJourney();
  const after = applied(doc, moveCard(doc, { cardId: "card:fees", position: { before: "card:slow" } }, testContext()));
  assert.deepEqual(cardsAt(after, "lane:pains", "step:checkout").map((c) => c.id), ["card:fees", "card:slow"]);
});

test("moves a card to another cell, from a step to a stage", () => {
  const doc = exampleJourney();
  const r = moveCard(doc, { cardId: "card:slow", laneId: "lane:does", at: "stage:buy" }, testContext());
  const after = applied(doc, r);
  const card = after.cards["card:slow"]!;
  assert.equal(card.stageId, "stage:buy");
  assert.equal(card.stepId, undefined);
  assert.equal(card.laneId, "lane:does");
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("refuses missing cards, places and neighbours, and itself", () => {
  const doc = exampleJourney();
  for (const [r, code] of [
    [moveCard(doc, { cardId: "card:none" }, testContext()), "not_found"],
    [moveCard(doc, { cardId: "card:slow", laneId: "lane:none" }, testContext()), "not_found"],
    [moveCard(doc, { cardId: "card:slow", at: "step:search", position: { after: "card:fees" } }, testContext()), "not_found"],
    [moveCard(doc, { cardId: "card:slow", position: { after: "card:slow" } }, testContext()), "invalid_argument"],
  ] as const) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0, code);
});
