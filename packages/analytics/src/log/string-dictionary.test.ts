import { test } from "node:test";
import assert from "node:assert/strict";
import { StringDictionary } from "./string-dictionary";

test("values appended as new are found by intern and codeOf afterwards", () => {
  const dictionary = new StringDictionary();
  assert.equal(dictionary.intern("a"), 0);
  assert.equal(dictionary.appendNew("b"), 1);
  assert.equal(dictionary.appendNew("c"), 2);
  assert.equal(dictionary.intern("c"), 2);
  assert.equal(dictionary.codeOf("b"), 1);
  assert.equal(dictionary.intern("d"), 3);
  assert.deepEqual(dictionary.values, ["a", "b", "c", "d"]);
});

test("internAll merges batches of distinct values: known ones keep their code, new ones are appended in batch order", () => {
  const dictionary = new StringDictionary();
  assert.deepEqual(Array.from(dictionary.internAll(["x", "y"])), [0, 1]);
  assert.equal(dictionary.intern("z"), 2);
  assert.deepEqual(Array.from(dictionary.internAll(["z", "w", "x", ""])), [2, 3, 0, 4]);
  assert.deepEqual(dictionary.values, ["x", "y", "z", "w", ""]);
  assert.equal(dictionary.codeOf("w"), 3);
  assert.equal(dictionary.intern(""), 4);
  // Many values, so the hash table probes past collisions.
  const first = Array.from({ length: 5000 }, (_, i) => `case-${i}`);
  const second = Array.from({ length: 5000 }, (_, i) => `case-${i + 2500}`);
  const big = new StringDictionary();
  big.internAll(first);
  const codes = big.internAll(second);
  assert.deepEqual(Array.from(codes.subarray(0, 2500)), Array.from({ length: 2500 }, (_, i) => i + 2500));
  assert.deepEqual(Array.from(codes.subarray(2500)), Array.from({ length: 2500 }, (_, i) => 5000 + i));
  assert.equal(big.values.length, 7500);
  assert.equal(big.codeOf("case-7499"), 7499);
});
