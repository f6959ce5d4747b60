import { test } from "node:test";
import assert from "node:assert/strict";
import { shopLog } from "../../test-fixtures";
import { runQuery } from "../run-query";
import { seededRandom } from "../../../bench/synthetic-log";
import { EventLogBuilder } from "../../log/event-log-builder";
import { funnelLevel, type StepHit } from "./funnel-level";

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

test("every funnel agrees with funnelLevel run on each case's hits, also when an activity fills several steps", async () => {
  const random = seededRandom(11);
  const builder = new EventLogBuilder();
  const names = ["a", "b", "c", "d"];
  for (let c = 0; c < 300; c++) {
    let time = 0;
    for (let e = Math.floor(random() * 12); e > 0; e--) {
      time += random() < 0.3 ? 0 : Math.floor(random() * 5000);
      builder.add(`case ${c}`, names[Math.floor(random() * names.length)]!, time);
    }
  }
  const log = builder.build();
  const funnels: Array<Array<string | string[]>> = [["a", "b", "c"], ["a", "a", "b"], [["a", "b"], "b", "d"], ["c", ["a", "c"], "c", "a"], ["d"]];
  for (const steps of funnels) {
    for (const windowSeconds of [undefined, 3]) {
      const expected = new Array<number>(steps.length).fill(0);
      for (let c = 0; c + 1 < log.caseStart.length; c++) {
        const hits: StepHit[] = [];
        for (let i = log.caseStart[c]!; i < log.caseStart[c + 1]!; i++) {
          const name = log.activityNames[log.activity[i]!]!;
          steps.forEach((step, k) => (step === name || (Array.isArray(step) && step.includes(name)) ? hits.push({ time: log.time[i]!, step: k }) : undefined));
        }
        const { level } = funnelLevel(hits, steps.length, windowSeconds === undefined ? Infinity : windowSeconds * 1000);
        for (let k = 0; k < level; k++) expected[k]!++;
      }
      const result = runQuery(log, { kind: "funnel", version: 1, steps, ...(windowSeconds === undefined ? {} : { windowSeconds }) });
      assert.deepEqual(result.steps.map((s) => s.cases), expected, `${JSON.stringify(steps)} window ${windowSeconds}`);
      assert.deepEqual(runQuery(log, { kind: "funnel", version: 1, steps, ...(windowSeconds === undefined ? {} : { windowSeconds }) }), result, "a second run on the cached index");
    }
  }
});
