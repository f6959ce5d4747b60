import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";

test("dfg lists every directly-follows pair with count, mean and median seconds", async () => {
  const dfg = runQuery(await shopLog(), { kind: "dfg", version: 1 });
  assert.deepEqual(dfg.edges, [
    { from: "cart", to: "checkout", count: 3, meanSeconds: 1600, medianSeconds: 1800 },
    { from: "cart", to: "pay", count: 1, meanSeconds: 0, medianSeconds: 0 },
    { from: "cart", to: "visit", count: 1, meanSeconds: 300, medianSeconds: 300 },
    { from: "checkout", to: "pay", count: 2, meanSeconds: 600, medianSeconds: 600 },
    { from: "visit", to: "cart", count: 4, meanSeconds: 65175, medianSeconds: 600 },
  ]);
  assert.deepEqual(dfg.start, { visit: 4, cart: 1 });
});

test("dfg follows equal timestamps in file order", async () => {
  const dfg = runQuery(await shopLog(), { kind: "dfg", version: 1 });
  assert.equal(dfg.edges.some((e) => e.from === "pay" && e.to === "cart"), false);
});
