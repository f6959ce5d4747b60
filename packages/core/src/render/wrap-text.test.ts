import { test } from "node:test";
import assert from "node:assert/strict";
import { measureText } from "./measure-text";
import { wrapText } from "./wrap-text";

const STYLE = { size: 12, weight: 400 } as const;

test("wrapText keeps the author's line breaks and fills lines up to the width", () => {
  const lines = wrapText("Klients salīdzina mēneša maksu un šķiet dārgi\nOtrā rindiņa", 120, STYLE, false);
  assert.ok(lines.length >= 3);
  assert.equal(lines.at(-1), "Otrā rindiņa");
  for (const line of lines) assert.ok(measureText(line, STYLE, false) <= 120, line);
  assert.equal(lines.join(" "), "Klients salīdzina mēneša maksu un šķiet dārgi Otrā rindiņa");
});

test("wrapText stops at maxLines with an ellipsis that still fits", () => {
  const lines = wrapText("word ".repeat(100), 80, STYLE, false, 3);
  assert.equal(lines.length, 3);
  assert.ok(lines[2]?.endsWith("…"));
  assert.ok(measureText(lines[2] ?? "", STYLE, false) <= 80);
});

test("wrapText never separates a letter from its combining mark", () => {
  const word = "e\u0301".repeat(40);
  const lines = wrapText(word, 50, STYLE, false);
  assert.ok(lines.length > 1);
  for (const line of lines) assert.ok(!/^\p{M}/u.test(line), `line starts with a mark: ${line}`);
  assert.equal(lines.join(""), word);
});

test("measureText uses the Persian font's widths for Persian text", () => {
  const text = "سلام دنیا";
  assert.notEqual(measureText(text, STYLE, true), measureText("Hello wor", STYLE, true));
  assert.ok(measureText(text, STYLE, true) > 0);
  assert.ok(measureText("Rīga", { size: 24, weight: 400 }, false) > measureText("Rīga", STYLE, false));
  assert.ok(measureText("Rīga", { size: 12, weight: 700 }, false) > measureText("Rīga", STYLE, false));
});
