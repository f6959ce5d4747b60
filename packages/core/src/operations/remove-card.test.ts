import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { translationIdFor } from "../records/translation";
import { removeCard } from "./remove-card";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("removes a card and its translations", () => {
  const doc = exampleJourney();
  const tr = translationIdFor("lv", "card:slow", "title");
  doc.translations[tr] = { id: tr, locale: "lv", recordId: "card:slow", field: "title", value: "Lēns" };
  const r = removeCard(doc, { cardId: "card:slow" }, testContext());
  const after = applied(doc, r);
  assert.deepEqual(Object.keys(after.cards), ["card:fees"]);
  assert.equal(after.translations[tr], undefined);
  assert.deepEqual(applyPatch(after, r.patch), after);
});

test("refuses a missing card", () => {
  const r = removeCard(exampleJourney(), { cardId: "card:none" }, testContext());
  assert.ok(!r.ok && r.error.code === "not_found");
});
