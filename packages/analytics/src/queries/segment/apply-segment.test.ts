import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";

test("where selects whole cases having an event with the attribute value", async () => {
  const stats = runQuery(await shopLog(), { kind: "stats", version: 1, segment: { where: [{ attribute: "case:channel", value: "web" }] } });
  assert.equal(stats.cases, 3);
  assert.equal(stats.events, 9);
  assert.equal(stats.variants, 2);
});

test("a time range keeps the events inside [from, to)", async () => {
  const log = await shopLog();
  const stats = runQuery(log, { kind: "stats", version: 1, segment: { where: [], from: "2024-03-02T00:00:00Z" } });
  assert.deepEqual([stats.cases, stats.events], [2, 5]);
  const until = runQuery(log, { kind: "stats", version: 1, segment: { where: [], to: "2024-03-01T10:05:00Z" } });
  assert.deepEqual([until.cases, until.events], [2, 2]);
});

test("an unknown attribute or value selects nothing", async () => {
  const log = await shopLog();
  for (const where of [[{ attribute: "case:channel", value: "fax" }], [{ attribute: "nope", value: "web" }]]) {
    assert.equal(runQuery(log, { kind: "dfg", version: 1, segment: { where } }).edges.length, 0);
  }
});
