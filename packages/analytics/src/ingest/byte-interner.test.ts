import { test } from "node:test";
import assert from "node:assert/strict";
import { ByteInterner } from "./byte-interner";

test("equal bytes find the code they were added with, wherever they sit; other bytes are not found", () => {
  for (const repeats of [false, true]) {
    const interner = new ByteInterner(repeats);
    const bytes = Buffer.from("xxcase-1|case-2|case-1|case-10");
    assert.equal(interner.find(bytes, 2, 8), -1);
    interner.add(bytes, 2, 8, 7);
    assert.equal(interner.find(bytes, 9, 15), -1);
    interner.add(bytes, 9, 15, 8);
    assert.equal(interner.find(bytes, 16, 22), 7);
    assert.equal(interner.find(bytes, 2, 8), 7);
    assert.equal(interner.find(bytes, 23, 30), -1);
    assert.equal(interner.find(bytes, 2, 2), -1);
  }
});

test("a hundred thousand keys survive the table's growth", () => {
  const interner = new ByteInterner();
  const key = (k: number) => Buffer.from(`key ${k}`);
  for (let k = 0; k < 100_000; k++) {
    const bytes = key(k);
    assert.equal(interner.find(bytes, 0, bytes.length), -1);
    interner.add(bytes, 0, bytes.length, k * 2);
  }
  for (let k = 0; k < 100_000; k += 997) assert.equal(interner.find(key(k), 0, key(k).length), k * 2);
});

test("keys that share the recent-key cache's slot are told apart by their bytes, one-byte and empty keys included", () => {
  const interner = new ByteInterner();
  // Same length, first, middle and last two bytes: every one of them lands in one cache slot.
  const keys = ["aXb1Xzz", "aYb1Yzz", "aZb1Zzz", "a", "b", ""].map((k) => Buffer.from(k));
  keys.forEach((bytes, code) => {
    assert.equal(interner.find(bytes, 0, bytes.length), -1);
    interner.add(bytes, 0, bytes.length, code);
  });
  for (let round = 0; round < 3; round++) {
    for (const order of [[0, 1, 2, 3, 4, 5], [2, 2, 0, 5, 1, 4, 3, 0]]) {
      for (const code of order) assert.equal(interner.find(keys[code]!, 0, keys[code]!.length), code);
    }
  }
  assert.equal(interner.find(Buffer.from("aWb1Wzz"), 0, 7), -1);
});
