import { test } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../../../bench/synthetic-log";
import { funnelLevel, type StepHit } from "./funnel-level";
import { FunnelScanner } from "./funnel-scanner";

test("FunnelScanner finds the same level and chain as funnelLevel on random hits, fed in any order", () => {
  const random = seededRandom(7);
  const scanner = new FunnelScanner(5, 10);
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
    const fresh = new FunnelScanner(steps, windowMs);
    fresh.reset();
    for (const hit of hits.slice().reverse()) fresh.add(hit.time, hit.step);
    const level = fresh.scan();
    assert.equal(level, expected.level);
    assert.deepEqual(Array.from({ length: level }, (_, k) => fresh.time(k)), expected.times);
    if (steps === 5 && windowMs === 10) {
      // A reused scanner forgets the chains of earlier rounds.
      scanner.reset();
      for (const hit of hits) scanner.add(hit.time, hit.step);
      assert.equal(scanner.scan(), expected.level);
    }
  }
});
