import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { emotionIdFor } from "../records/emotion-point";
import { setEmotion } from "./set-emotion";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("creates a point with the derived id; setting again keeps what was not given", () => {
  const doc = exampleJourney();
  const r = setEmotion(doc, { stepId: "step:checkout", personaId: "persona:mia", score: -1, note: "Card declined" }, testContext());
  const after = applied(doc, r);
  assert.ok(r.ok);
  assert.equal(r.value, emotionIdFor("step:checkout", "persona:mia", "asIs"));
  assert.deepEqual(applyPatch(after, r.patch), after);
  const again = applied(after, setEmotion(after, { stepId: "step:checkout", personaId: "persona:mia", score: -2, confidence: 0.5 }, testContext()));
  assert.deepEqual(again.emotions[r.value], { id: r.value, stepId: "step:checkout", personaId: "persona:mia", variant: "asIs", score: -2, note: "Card declined", confidence: 0.5 });
  const cleared = applied(again, setEmotion(again, { stepId: "step:checkout", personaId: "persona:mia", score: -2, note: null }, testContext()));
  assert.equal(cleared.emotions[r.value]!.note, undefined);
});

test("a point without persona belongs to the persona-less curve; scores off the scale are kept", () => {
  const doc = exampleJourney();
  const r = setEmotion(doc, { stepId: "step:search", variant: "toBe", score: 9 }, testContext());
  assert.ok(r.ok);
  assert.equal(applied(doc, r).emotions[r.value]!.score, 9);
  assert.equal(r.value, emotionIdFor("step:search", undefined, "toBe"));
});

test("refuses missing steps and personas and non-finite scores", () => {
  const doc = exampleJourney();
  for (const [r, code] of [
    [setEmotion(doc, { stepId: "step:none", score: 1 }, testContext()), "not_found"],
    [setEmotion(doc, { stepId: "step:search", personaId: "persona:none", score: 1 }, testContext()), "not_found"],
    [setEmotion(doc, { stepId: "step:search", score: Number.NaN }, testContext()), "invalid_argument"],
    [setEmotion(doc, { stepId: "step:search", score: 1, confidence: 2 }, testContext()), "invalid_argument"],
  ] as const) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0, code);
});
