import { test } from "node:test";
import assert from "node:assert/strict";
import { quantileOfSorted } from "./quantile";
import { selectQuantile } from "./select-quantile";

test("selectQuantile equals quantileOfSorted after a sort, ties and even counts included", () => {
  let seed = 99;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
  for (let round = 0; round < 500; round++) {
    const n = Math.floor(next() * 40);
    const values = Float64Array.from({ length: n }, () => (next() < 0.3 ? 5 : Math.floor(next() * 1000) / 7));
    const sorted = values.slice().sort();
    for (const q of [0.5, 0.9, 0.25]) {
      const got = selectQuantile(values.slice(), n, q);
      const want = quantileOfSorted(sorted, q);
      assert.ok(Object.is(got, want), `n=${n} q=${q}: ${got} vs ${want}`);
    }
  }
});

test("selectQuantile on ranges long enough to be sampled first (over 600 values), with many ties", () => {
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
  for (let round = 0; round < 40; round++) {
    const n = 601 + Math.floor(next() * 20_000);
    const values = Float64Array.from({ length: n }, () => (next() < 0.2 ? 0 : next() < 0.5 ? Math.floor(next() * 50) : next() * 1e6));
    const sorted = values.slice().sort();
    for (const q of [0.5, 0.9, 0.01, 1]) {
      const got = selectQuantile(values.slice(), n, q);
      const want = quantileOfSorted(sorted, q);
      assert.ok(Object.is(got, want), `n=${n} q=${q}: ${got} vs ${want}`);
    }
  }
});
