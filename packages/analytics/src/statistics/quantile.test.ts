import { test } from "node:test";
import assert from "node:assert/strict";
import { quantile, quantileOfSorted } from "./quantile";

test("median of an even count is the mean of the two middle values", () => {
  assert.equal(quantile([4, 1, 3, 2], 0.5), 2.5);
  assert.equal(quantile([5, 1, 3], 0.5), 3);
});

test("p90 interpolates between closest ranks; a range of a larger array works alone", () => {
  assert.equal(quantile([0, 300, 900, 1800, 2100], 0.9), 1980);
  assert.equal(quantileOfSorted(Float64Array.of(100, 1, 2, 3, 100), 0.5, 1, 4), 2);
  assert.ok(Number.isNaN(quantile([], 0.5)));
});
