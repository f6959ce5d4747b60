import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";
import { funnelLevel } from "./funnel-level";

const steps = ["visit", "cart", "checkout", "pay"];
const view = (r: { steps: Array<{ cases: number; medianSecondsFromPrevious: number | null }> }) =>
  r.steps.map((s) => [s.cases, s.medianSecondsFromPrevious]);

test("funnel without a window: a later first step restarts the chain (c2)", async () => {
  const result = runQuery(await shopLog(), { kind: "funnel", version: 1, steps });
  assert.deepEqual(result.steps[0], { activity: "visit", cases: 4, medianSecondsFromPrevious: null });
  assert.deepEqual(view(result), [[4, null], [3, 600], [3, 1800], [2, 600]]);
});

test("funnel window counts from the first step's event, inclusive", async () => {
  const log = await shopLog();
  assert.deepEqual(view(runQuery(log, { kind: "funnel", version: 1, steps, windowSeconds: 86_400 })), [[4, null], [2, 450], [2, 1500], [1, 600]]);
  assert.deepEqual(view(runQuery(log, { kind: "funnel", version: 1, steps, windowSeconds: 1800 })).map((s) => s[0]), [4, 2, 1, 1]);
  assert.deepEqual(view(runQuery(log, { kind: "funnel", version: 1, steps, windowSeconds: 1799 })).map((s) => s[0]), [4, 2, 1, 0]);
});

test("funnelLevel orders equal timestamps by step index, whatever the file order", () => {
  assert.deepEqual(funnelLevel([{ time: 5, step: 1 }, { time: 5, step: 0 }], 2, Infinity), { level: 2, times: [5, 5] });
  assert.deepEqual(funnelLevel([{ time: 9, step: 1 }, { time: 5, step: 0 }, { time: 20, step: 1 }], 2, 10), { level: 2, times: [5, 9] });
  assert.deepEqual(funnelLevel([{ time: 5, step: 0 }, { time: 16, step: 1 }], 2, 10), { level: 1, times: [5] });
  assert.deepEqual(funnelLevel([{ time: 5, step: 1 }], 2, 10), { level: 0, times: [] });
});

test("a step may be several activities, any of which fills it", async () => {
  const result = runQuery(await shopLog(), { kind: "funnel", version: 1, steps: [["visit", "cart"], "pay"] });
  assert.deepEqual(result.steps.map((s) => [s.activity, s.cases]), [["visit | cart", 5], ["pay", 3]]);
});
