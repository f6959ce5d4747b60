import { test } from "node:test";
import assert from "node:assert/strict";
import { compareCodePoints, compareSequences } from "./code-point-order";

test("compareCodePoints puts characters beyond U+FFFF after U+E000–U+FFFF, unlike UTF-16 order", () => {
  assert.ok("😀" < "\uFB01");
  assert.ok(compareCodePoints("😀", "\uFB01") > 0);
  assert.deepEqual(["b", "B", "a", "ä"].sort(compareCodePoints), ["B", "a", "b", "ä"]);
});

test("compareSequences: element by element, shorter prefix first", () => {
  assert.ok(compareSequences(["a"], ["a", "b"]) < 0);
  assert.ok(compareSequences(["a", "c"], ["a", "b", "z"]) > 0);
  assert.equal(compareSequences(["x"], ["x"]), 0);
});
