import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { cardsAt } from "../document/ordered-records";
import { addCard } from "./add-card";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("adds cards to a cell in order, at a step or a stage", () => {
  const doc = exampleJourney();
  const r = addCard(doc, { laneId: "lane:pains", at: "step:checkout", kind: "painPoint", title: "Card declined", severity: 5, position: { before: "card:fees" } }, testContext());
  const after = applied(doc, r);
  assert.deepEqual(cardsAt(after, "lane:pains", "step:checkout").map((c) => c.title), ["Slow payment", "Card declined", "Hidden fees"]);
  assert.deepEqual(applyPatch(after, r.patch), after);
  const stage = addCard(doc, { laneId: "lane:pains", at: "stage:buy", kind: "opportunity", impact: 4, effort: 2 }, testContext());
  assert.ok(stage.ok);
  const card = applied(doc, stage).cards[stage.value]!;
  assert.equal(card.stageId, "stage:buy");
  assert.equal(card.title, "");
});

test("refuses missing places, neighbours of another cell and out-of-range scores", () => {
  const doc = exampleJourney();
  for (const [r, code] of [
    [addCard(doc, { laneId: "lane:none", at: "step:checkout", kind: "idea" }, testContext()), "not_found"],
    [addCard(doc, { laneId: "lane:pains", at: "step:none", kind: "idea" }, testContext()), "not_found"],
    [addCard(doc, { laneId: "lane:pains", at: "step:search", kind: "idea", position: { after: "card:slow" } }, testContext()), "not_found"],
    [addCard(doc, { laneId: "lane:pains", at: "step:search", kind: "idea", severity: 6 }, testContext()), "invalid_argument"],
    [addCard(doc, { laneId: "lane:pains", at: "step:search", kind: "wish" } as never, testContext()), "invalid_argument"],
  ] as const) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0, code);
});
