import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";

test("rework finds activities repeated inside a case", async () => {
  assert.deepEqual(runQuery(await shopLog(), { kind: "rework", version: 1 }), {
    casesWithRework: 1,
    cases: 5,
    activities: [
      { activity: "cart", cases: 1, repetitions: 1 },
      { activity: "visit", cases: 1, repetitions: 1 },
    ],
  });
});
