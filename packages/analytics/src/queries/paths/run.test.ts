import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";

test("paths counts cases per position and per step between positions", async () => {
  const result = runQuery(await shopLog(), { kind: "paths", version: 1, steps: 3 });
  assert.deepEqual(result.nodes, [
    { position: 1, activity: "visit", cases: 4 },
    { position: 1, activity: "cart", cases: 1 },
    { position: 2, activity: "cart", cases: 3 },
    { position: 2, activity: "pay", cases: 1 },
    { position: 3, activity: "checkout", cases: 2 },
    { position: 3, activity: "visit", cases: 1 },
  ]);
  assert.deepEqual(result.edges, [
    { fromPosition: 1, from: "visit", to: "cart", cases: 3 },
    { fromPosition: 1, from: "cart", to: "pay", cases: 1 },
    { fromPosition: 2, from: "cart", to: "checkout", cases: 2 },
    { fromPosition: 2, from: "cart", to: "visit", cases: 1 },
  ]);
});

test("paths from an activity start at its first occurrence and leave out cases without it", async () => {
  const result = runQuery(await shopLog(), { kind: "paths", version: 1, steps: 2, from: "cart" });
  assert.deepEqual(result.nodes, [
    { position: 1, activity: "cart", cases: 4 },
    { position: 2, activity: "checkout", cases: 2 },
    { position: 2, activity: "pay", cases: 1 },
    { position: 2, activity: "visit", cases: 1 },
  ]);
  assert.equal(result.edges.length, 3);
  assert.deepEqual(runQuery(await shopLog(), { kind: "paths", version: 1, steps: 2, from: "refund" }), { nodes: [], edges: [] });
});
