import { test } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../../../bench/synthetic-log";
import type { EventLog } from "../../log/event-log";
import { funnelLevel, type StepHit } from "./funnel-level";
import { EventLogBuilder } from "../../log/event-log-builder";
import { scanHelperReady } from "../../parallel/scan-helper";
import { funnelPass } from "./funnel-pass";

/** A log whose activity codes are step numbers (`steps` codes are no step at all), one case per list of [time, code]. */
function logOf(cases: Array<Array<[number, number]>>, codes: number): EventLog {
  const caseStart = new Uint32Array(cases.length + 1);
  cases.forEach((events, c) => (caseStart[c + 1] = caseStart[c]! + events.length));
  const flat = cases.flat();
  return {
    activityNames: Array.from({ length: codes }, (_, k) => `a${k}`),
    caseIds: cases.map((_, c) => `c${c}`),
    caseStart,
    activity: Uint16Array.from(flat, ([, code]) => code),
    time: Float64Array.from(flat, ([time]) => time),
    attributes: new Map(),
  };
}

test("funnelPass reaches the levels and gaps funnelLevel finds, case by case, equal instants and windows included", () => {
  const random = seededRandom(21);
  for (let round = 0; round < 300; round++) {
    const steps = 1 + Math.floor(random() * 5);
    const windowMs = random() < 0.3 ? Infinity : Math.floor(random() * 20);
    const cases: Array<Array<[number, number]>> = [];
    for (let c = 0; c < 1 + Math.floor(random() * 6); c++) {
      let time = 0;
      const events: Array<[number, number]> = [];
      for (let e = 1 + Math.floor(random() * 12); e > 0; e--) {
        time += random() < 0.4 ? 0 : Math.floor(random() * 5);
        // Code `steps` is an activity that fills no step.
        events.push([time, Math.floor(random() * (steps + 1))]);
      }
      cases.push(events);
    }
    const stepOf = Int32Array.from({ length: steps + 1 }, (_, k) => (k < steps ? k : -1));
    const expectedReached = new Array<number>(steps).fill(0);
    const expectedGaps = Array.from({ length: steps }, () => [] as number[]);
    for (const events of cases) {
      const hits: StepHit[] = events.filter(([, code]) => code < steps).map(([time, step]) => ({ time, step }));
      const { level, times } = funnelLevel(hits, steps, windowMs);
      for (let k = 0; k < level; k++) {
        expectedReached[k]!++;
        if (k > 0) expectedGaps[k]!.push((times[k]! - times[k - 1]!) / 1000);
      }
    }
    const { reached, gaps } = funnelPass(logOf(cases, steps + 1), stepOf, steps, windowMs);
    assert.deepEqual(Array.from(reached), expectedReached, `round ${round}`);
    for (let k = 1; k < steps; k++) assert.deepEqual(Array.from(gaps[k]!.subarray(0, reached[k]!)), expectedGaps[k], `gaps of step ${k}, round ${round}`);
  }
});

test("funnelPass takes more hits at one instant than its buffer first holds, in step order", () => {
  // 150 hits of step 2, then 49 of step 1, then one of step 0, all at t = 5: sorted by step, they reach level 3.
  const events: Array<[number, number]> = Array.from({ length: 200 }, (_, i) => [5, i < 150 ? 2 : i < 199 ? 1 : 0]);
  const { reached, gaps } = funnelPass(logOf([events, [[1, 2], [2, 0]]], 3), Int32Array.of(0, 1, 2), 3, Infinity);
  assert.deepEqual(Array.from(reached), [2, 1, 1]);
  assert.equal(gaps[1]![0], 0);
  assert.equal(gaps[2]![0], 0);
});

test("funnelPass finds the same cases and gaps when the helper thread takes chunks", async () => {
  assert.equal(await scanHelperReady(), true);
  const random = seededRandom(8);
  const builder = new EventLogBuilder();
  for (let c = 0; c < 30_000; c++) {
    let time = 0;
    for (let e = 1 + Math.floor(random() * 10); e > 0; e--) {
      time += random() < 0.3 ? 0 : Math.floor(random() * 5000);
      builder.add(`case ${c}`, `a${Math.floor(random() * 6)}`, time);
    }
  }
  const log = builder.build();
  const stepOf = Int32Array.from(log.activityNames, (name) => ["a0", "a1", "a2", "a3"].indexOf(name));
  const sorted = (tally: ReturnType<typeof funnelPass>) => ({
    reached: Array.from(tally.reached),
    // Which thread found which case changes the order of the gaps, never the set.
    gaps: tally.gaps.map((g, k) => Array.from(g.subarray(0, tally.reached[k]!)).sort((x, y) => x - y)),
  });
  const alone = sorted(funnelPass(log, stepOf, 4, 20_000, { minEvents: Infinity }));
  assert.ok(alone.reached[3]! > 0);
  for (let round = 0; round < 5; round++) assert.deepEqual(sorted(funnelPass(log, stepOf, 4, 20_000, { minEvents: 0, chunks: 256 })), alone);
});
