import { test } from "node:test";
import assert from "node:assert/strict";
import { matchScore, nameTokens, suggestBindings } from "./activity-match";
import { boundActivities, globToRegExp } from "./step-binding";

test("nameTokens drops case, accents and punctuation", () => {
  assert.deepEqual(nameTokens("Check-out (Café)"), ["check", "out", "cafe"]);
});

test("matchScore: same words 1, contained 0.9, otherwise shared words", () => {
  assert.equal(matchScore("Add to cart", "add_to_cart"), 1);
  assert.equal(matchScore("Orders", "order"), 1);
  assert.equal(matchScore("Visit site", "visit"), 0.9);
  assert.equal(matchScore("Pay invoice", "invoice sent"), 1 / 3);
  assert.equal(matchScore("Payment", "pay"), 0);
});

test("suggestBindings gives each activity to the step it fits best, earlier step on a tie", () => {
  const steps = [
    { id: "step:a", name: "Visit" },
    { id: "step:b", name: "Visit again" },
    { id: "step:c", name: "Cart" },
  ];
  const out = suggestBindings(steps, ["visit", "cart", "add to cart", "refund"]);
  assert.deepEqual([...out], [
    ["step:a", ["visit"]],
    ["step:c", ["cart", "add to cart"]],
  ]);
});

test("globs: * any run, ? one character, the rest literal", () => {
  assert.ok(globToRegExp("pay_*").test("pay_card"));
  assert.ok(!globToRegExp("pa?").test("pay.x"));
  assert.ok(!globToRegExp("a.c").test("abc"));
  assert.deepEqual(boundActivities({ activities: ["visit", "gone"], patterns: ["c*t"] }, ["visit", "cart", "checkout", "pay"]), ["visit", "cart", "checkout"]);
});
