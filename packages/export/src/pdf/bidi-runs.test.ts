import { test } from "node:test";
import assert from "node:assert/strict";
import { visualRuns } from "./bidi-runs";

test("visualRuns keeps left-to-right text as one run", () => {
  assert.deepEqual(visualRuns("Rīga, šķērslis 12"), [{ text: "Rīga, šķērslis 12", rtl: false }]);
});

test("visualRuns keeps a Persian sentence with its spaces as one right-to-left run", () => {
  assert.deepEqual(visualRuns("سلام دنیا پچژگ"), [{ text: "سلام دنیا پچژگ", rtl: true }]);
});

test("visualRuns puts Latin words and numbers inside Persian in visual order", () => {
  const runs = visualRuns("خرید iPhone جدید ۱۲۰ تومان");
  assert.deepEqual(
    runs.map((r) => [r.text, r.rtl]),
    [
      [" تومان", true],
      ["۱۲۰", false],
      [" جدید ", true],
      ["iPhone", false],
      ["خرید ", true],
    ],
  );
});

test("visualRuns places a Persian phrase inside English text", () => {
  assert.deepEqual(
    visualRuns("Say سلام دنیا now").map((r) => r.text),
    ["Say ", "سلام دنیا", " now"],
  );
});

test("visualRuns keeps fractions and percentages inside right-to-left text readable", () => {
  assert.deepEqual(
    visualRuns("شدت 4/5").map((r) => r.text),
    ["4/5", "شدت "],
  );
  assert.deepEqual(
    visualRuns("سهم 30%").map((r) => r.text),
    ["30%", "سهم "],
  );
});
