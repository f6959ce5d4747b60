import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";

test("variants are ordered by count, then element by element in code-point order, shorter prefix first", async () => {
  const result = runQuery(await shopLog(), { kind: "variants", version: 1 });
  assert.deepEqual(result, {
    total: 4,
    variants: [
      { activities: ["visit", "cart", "checkout", "pay"], count: 2 },
      { activities: ["cart", "pay"], count: 1 },
      { activities: ["visit"], count: 1 },
      { activities: ["visit", "cart", "visit", "cart", "checkout"], count: 1 },
    ],
  });
});

test("top keeps the first N but reports the total", async () => {
  const result = runQuery(await shopLog(), { kind: "variants", version: 1, top: 2 });
  assert.equal(result.total, 4);
  assert.deepEqual(result.variants.map((v) => v.count), [2, 1]);
});
