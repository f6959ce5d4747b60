import { test } from "node:test";
import assert from "node:assert/strict";
import { formatForPath, FORMAT_BY_EXTENSION } from "./format-by-extension";

test("formatForPath picks formats by extension, case-insensitively", () => {
  assert.equal(formatForPath("a/b/map.kaart.json"), "json");
  assert.equal(formatForPath("MAP.KAART.YAML"), "yaml");
  assert.equal(formatForPath("x.yml"), "yaml");
  assert.equal(formatForPath("journey.mmd"), "mermaid");
  assert.equal(formatForPath("grid.CSV"), "csv");
  assert.equal(formatForPath("grid.xlsx"), "xlsx");
  assert.equal(formatForPath("README.md"), "markdown");
  assert.equal(formatForPath("notes.txt"), undefined);
  assert.equal(formatForPath("json"), undefined);
});

test("every extension starts with a dot and is lower case", () => {
  for (const ext of Object.keys(FORMAT_BY_EXTENSION)) assert.match(ext, /^\.[a-z.]+$/);
});
