import { test } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../../../bench/synthetic-log";
import { EventLogBuilder } from "../../log/event-log-builder";
import type { EventLog } from "../../log/event-log";
import { quantileOfSorted } from "../../statistics/quantile";
import { bucketFloor, bucketOf } from "./duration-buckets";
import { edgeStatistics } from "./edge-statistics";
import { groupedTransitions } from "./transitions";

/** A random log whose gaps mix zeros, milliseconds, fractions of one and durations beyond 2^32 ms. */
function randomLog(activities: number, cases: number, seed: number): EventLog {
  const random = seededRandom(seed);
  const builder = new EventLogBuilder();
  for (let c = 0; c < cases; c++) {
    let time = 1_700_000_000_000;
    for (let e = 1 + Math.floor(random() * 15); e > 0; e--) {
      const r = random();
      time += r < 0.2 ? 0 : r < 0.5 ? Math.floor(random() * 40) : r < 0.6 ? random() * 3 : r < 0.65 ? 5_000_000_000 * random() : Math.floor(random() * 9_000_000);
      builder.add(`c${c}`, `a${Math.floor(random() * activities)}`, time);
    }
  }
  return builder.build();
}

function reference(log: EventLog): Map<string, [number, number, number]> {
  const t = groupedTransitions(log);
  for (let k = 0; k < t.pairs.length; k++) t.seconds.subarray(t.offsets[k]!, t.offsets[k + 1]!).sort();
  return new Map(
    t.pairs.map(([a, b], k) => {
      const from = t.offsets[k]!;
      const to = t.offsets[k + 1]!;
      const sorted = t.seconds.subarray(from, to);
      let sum = 0;
      for (const s of sorted) sum += s;
      return [`${a}>${b}`, [to - from, sum / (to - from), quantileOfSorted(sorted, 0.5)]];
    }),
  );
}

test("edge medians found through histograms equal the medians of the sorted durations; means agree", () => {
  for (const [activities, cases, seed] of [
    [6, 400, 1],
    [3, 2000, 2],
    [60, 3000, 3],
    // Beyond 64 activities the pairs are numbered as met, on one thread.
    [100, 3000, 4],
  ] as const) {
    const log = randomLog(activities, cases, seed);
    const want = reference(log);
    const got = edgeStatistics(log);
    assert.equal(got.pairs.length, want.size);
    got.pairs.forEach(([a, b], k) => {
      const [count, mean, median] = want.get(`${a}>${b}`)!;
      assert.equal(got.count[k], count);
      assert.equal(got.medianSeconds[k], median, `median of ${a}>${b}`);
      assert.ok(Math.abs(got.meanSeconds[k]! - mean) <= Math.abs(mean) * 1e-12, `mean of ${a}>${b}`);
    });
  }
});

test("bucket b holds exactly the durations from bucketFloor(b) up to bucketFloor(b + 1)", () => {
  let b = 0;
  for (; Number.isFinite(bucketFloor(b + 1)); b++) {
    const floor = bucketFloor(b);
    const next = bucketFloor(b + 1);
    assert.ok(next > floor, `bucket ${b} is not empty`);
    assert.equal(bucketOf(floor), b, `floor of ${b}`);
    assert.equal(bucketOf(next - 0.001), b, `just under the floor of ${b + 1}`);
    assert.equal(bucketOf((floor + next) / 2), b, `middle of ${b}`);
  }
  assert.equal(bucketFloor(b), 2 ** 32, "the last bucket starts at 2^32 ms");
  assert.equal(bucketOf(1e15), b, "and holds everything above");
});
