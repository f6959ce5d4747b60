import { test } from "node:test";
import assert from "node:assert/strict";
import { spliceString } from "../patch/splice-text";
import { minimalSplice, richTextSpliceOps } from "./text-splice";

test("the minimal splice turns the old text into the new, keeping prefix and suffix", () => {
  const words = ["", "a", "ab", "abc", "bike", "bikes", "e-bike", "😀", "a😀b", "a😃b", "ğ", "aaa"];
  for (const a of words) {
    for (const b of words) {
      const s = minimalSplice(a, b);
      if (a === b) assert.equal(s, undefined);
      else assert.equal(spliceString(a, s!.index, s!.deleteCount, s!.insert), b, `${a} → ${b}`);
    }
  }
  assert.deepEqual(minimalSplice("aaa", "aaaa"), { index: 3, deleteCount: 0, insert: "a" });
});

test("a rich-text change that only reformats is not a splice", () => {
  assert.equal(richTextSpliceOps("cards", "card:a", "body", [{ text: "ab" }], [{ text: "ab", bold: true }]), undefined);
  assert.deepEqual(richTextSpliceOps("cards", "card:a", "body", [{ text: "a" }, { text: "b" }], [{ text: "ab" }]), []);
});
