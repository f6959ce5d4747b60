import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";

test("predict gives next-step probabilities, the end of the case included (null)", async () => {
  const log = await shopLog();
  const afterCheckout = runQuery(log, { kind: "predict", version: 1, after: "checkout" });
  assert.deepEqual(afterCheckout.next, [
    { activity: "pay", probability: 2 / 3 },
    { activity: null, probability: 1 / 3 },
  ]);
  const afterCart = runQuery(log, { kind: "predict", version: 1, after: "cart" });
  assert.deepEqual(afterCart.next, [
    { activity: "checkout", probability: 0.6 },
    { activity: "pay", probability: 0.2 },
    { activity: "visit", probability: 0.2 },
  ]);
});

test("predict of order 2 conditions on the last two activities and backs off when unseen", async () => {
  const log = await shopLog();
  const second = runQuery(log, { kind: "predict", version: 1, after: ["visit", "cart"], order: 2 });
  assert.deepEqual(second.next, [
    { activity: "checkout", probability: 0.75 },
    { activity: "visit", probability: 0.25 },
  ]);
  const backedOff = runQuery(log, { kind: "predict", version: 1, after: ["pay", "cart"], order: 2 });
  assert.equal(backedOff.next[0]?.probability, 0.6);
});

test("predict accuracy is measured on held-out cases (every fifth): c5 ends after visit, the model says cart", async () => {
  const result = runQuery(await shopLog(), { kind: "predict", version: 1, after: "visit" });
  assert.equal(result.accuracy, 0);
  assert.deepEqual(result.next, [{ activity: "cart", probability: 0.8 }, { activity: null, probability: 0.2 }]);
});
