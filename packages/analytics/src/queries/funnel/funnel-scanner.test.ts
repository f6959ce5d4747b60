import { test } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../../../bench/synthetic-log";
import { funnelLevel, type StepHit } from "./funnel-level";
import { FunnelScanner } from "./funnel-scanner";

test("FunnelScanner (add then scan, or scanEvents in one pass) finds the same level and chain as funnelLevel on random hits", () => {
  const random = seededRandom(7);
  for (let round = 0; round < 2000; round++) {
    const steps = 1 + Math.floor(random() * 5);
    const windowMs = random() < 0.3 ? Infinity : Math.floor(random() * 20);
    const hits: StepHit[] = [];
    let time = 0;
    const count = Math.floor(random() * 12);
    for (let h = 0; h < count; h++) {
      time += random() < 0.4 ? 0 : Math.floor(random() * 5);
      hits.push({ time, step: Math.floor(random() * steps) });
    }
    const expected = funnelLevel(hits.slice(), steps, windowMs);
    // The same hits as events in canonical order, for the one-pass scan.
    const streamed = new FunnelScanner(steps, windowMs);
    const inTimeOrder = hits.slice().sort((a, b) => a.time - b.time);
    const level2 = streamed.scanEvents(
      Uint16Array.from(inTimeOrder, (h) => h.step),
      Float64Array.from(inTimeOrder, (h) => h.time),
      Int32Array.from({ length: steps }, (_, k) => k),
      0,
      inTimeOrder.length,
    );
    assert.equal(level2, expected.level);
    assert.deepEqual(Array.from({ length: level2 }, (_, k) => streamed.time(k)), expected.times);
    const scanner = new FunnelScanner(steps, windowMs);
    scanner.reset();
    for (const hit of hits) scanner.add(hit.time, hit.step);
    const level = scanner.scan();
    assert.equal(level, expected.level);
    assert.deepEqual(Array.from({ length: level }, (_, k) => scanner.time(k)), expected.times);
  }
});

test("scanEvents takes more hits at one instant than its buffer holds", () => {
  const steps = Uint16Array.from({ length: 200 }, (_, i) => (i < 150 ? 2 : i < 199 ? 1 : 0));
  const times = new Float64Array(200).fill(5);
  const scanner = new FunnelScanner(3, Infinity);
  assert.equal(scanner.scanEvents(steps, times, Int32Array.of(0, 1, 2), 0, 200), 3);
  assert.deepEqual([scanner.time(0), scanner.time(1), scanner.time(2)], [5, 5, 5]);
});
