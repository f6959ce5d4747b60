import { test } from "node:test";
import assert from "node:assert/strict";
import { changedFields, sameValue } from "./same-value";

test("objects are equal whatever the order of their keys; arrays keep their order", () => {
  assert.equal(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 }), true);
  assert.equal(sameValue([1, 2], [2, 1]), false);
  assert.equal(sameValue({ a: 1 }, { a: 1, b: 2 }), false);
  assert.equal(sameValue({ a: 1, b: undefined }, { a: 1 }), true);
  assert.equal(sameValue(null, {}), false);
  assert.equal(sameValue([], {}), false);
});

test("changed fields are sorted and skip the ignored ones", () => {
  assert.deepEqual(changedFields({ z: 1, a: 1, id: "x", same: [1] }, { z: 2, a: 2, id: "y", same: [1], extra: true }, new Set(["id"])), ["a", "extra", "z"]);
});
