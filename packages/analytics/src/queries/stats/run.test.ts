import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";

test("stats counts the shop log as worked out by hand", async () => {
  const stats = runQuery(await shopLog(), { kind: "stats", version: 1 });
  assert.deepEqual(stats, {
    events: 16,
    cases: 5,
    activities: 4,
    variants: 4,
    start: { visit: 4, cart: 1 },
    end: { pay: 3, checkout: 1, visit: 1 },
    from: "2024-03-01T10:00:00.000Z",
    to: "2024-03-05T09:40:00.000Z",
  });
  assert.deepEqual(Object.keys(stats.end), ["pay", "checkout", "visit"]);
});
