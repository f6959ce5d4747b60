import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDuration, parseWindow } from "./format-duration";
import { progressBar } from "./progress-bar";

test("formatDuration picks the two largest units", () => {
  assert.deepEqual([0, 45, 725, 12_000, 190_000, null, Number.NaN].map(formatDuration), ["0s", "45s", "12m 05s", "3h 20m", "2d 04h", "–", "–"]);
});

test("parseWindow reads 30d, 12h, 90m, 45s, 2w and plain seconds; refuses the rest", () => {
  assert.deepEqual(["30d", "12h", "90m", "45s", "2w", "600"].map(parseWindow), [2_592_000, 43_200, 5_400, 45, 1_209_600, 600]);
  for (const bad of ["", "soon", "-1d", "0", "3y"]) assert.equal(parseWindow(bad), undefined, bad);
});

test("the progress bar redraws at most every interval and clears its line at the end", () => {
  let out = "";
  let now = 0;
  const bar = progressBar({ write: (s: string) => (out += s) }, () => now, 200);
  bar.update(10, 100);
  now = 100;
  bar.update(50, 100);
  now = 250;
  bar.update(50, 100);
  bar.done();
  const frames = out.split("\r").filter((f) => f.startsWith("reading"));
  assert.deepEqual(frames.map((f) => f.match(/(\d+)%/)?.[1]), ["10", "50"]);
  assert.ok(out.endsWith("\r\u001b[2K"));
});
