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
