import { test } from "node:test";
import assert from "node:assert/strict";
import { readJourneyYaml } from "./read";
import { writeJourneyYaml } from "./write";
import { readJourneyJson } from "../json/read";
import { writeJourneyJson } from "../json/write";
import { sampleDocument } from "../sample-document";
import { aliasExpansion } from "./alias-expansion";

test("JSON → YAML → JSON is lossless and keeps ids", () => {
  const json = writeJourneyJson(sampleDocument()).text;
  const fromJson = readJourneyJson(json);
  assert.ok(fromJson.ok);
  const yaml = writeJourneyYaml(fromJson.document).text;
  const back = readJourneyYaml(yaml);
  assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
  assert.equal(writeJourneyJson(back.document).text, json);
  assert.match(yaml, /^ {2}stage:research:$/m);
});

test("YAML output is readable: multi-line text as a block, no aliases", () => {
  const doc = sampleDocument();
  doc.steps["step:visit"]!.description = "first line\nsecond line";
  const yaml = writeJourneyYaml(doc).text;
  assert.match(yaml, /description: \|-\n\s+first line\n\s+second line/);
  assert.doesNotMatch(yaml, /[&*]a\d/);
});

test("an alias bomb is refused with yaml_alias_limit", () => {
  const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
  const r = readJourneyYaml(lines.join("\n"));
  assert.ok(!r.ok);
  assert.equal(r.errors[0]!.code, "yaml_alias_limit");
});

test("deeply nested YAML is refused with a location, flow and block alike", () => {
  const flow = readJourneyYaml("a: " + "[".repeat(100_000) + "]".repeat(100_000));
  assert.ok(!flow.ok);
  assert.deepEqual([flow.errors[0]!.code, flow.errors[0]!.line], ["yaml_too_deep", 1]);
  const block = Array.from({ length: 200 }, (_, i) => " ".repeat(i) + `k${i}:`).join("\n");
  const r = readJourneyYaml(block);
  assert.ok(!r.ok);
  assert.deepEqual([r.errors[0]!.code, r.errors[0]!.line], ["yaml_too_deep", 65]);
  const dashes = readJourneyYaml("- ".repeat(500) + "x");
  assert.ok(!dashes.ok && dashes.errors[0]!.code === "yaml_too_deep");
});

test("custom tags are refused with their line", () => {
  for (const [text, line] of [
    ["format: kaart.journey\nmap: !!js/function 'function () {}'\n", 2],
    ["format: kaart.journey\nschemaVersion: 1\nx: !!binary aGVsbG8=\n", 3],
    ["format: !custom kaart.journey\n", 1],
  ] as const) {
    const r = readJourneyYaml(text);
    assert.ok(!r.ok, text);
    assert.deepEqual([r.errors[0]!.code, r.errors[0]!.line], ["yaml_custom_tag", line], text);
  }
});

test("a few aliases are read; self-referring anchors are refused", () => {
  const doc = JSON.parse(writeJourneyJson(sampleDocument()).text);
  const yaml = writeJourneyYaml(doc).text.replace("  kpis: []\n  sourceLocale", "  kpis: &none []\n  sourceLocale").replace("    kpis: []\n", "    kpis: *none\n");
  assert.match(yaml, /\*none/);
  assert.ok(readJourneyYaml(yaml).ok);
  const cycle = readJourneyYaml("a: &x\n  b: [*x]\n");
  assert.ok(!cycle.ok);
  assert.ok(["yaml_alias_limit", "yaml_syntax"].includes(cycle.errors[0]!.code));
});

test("duplicate keys are refused with their line", () => {
  const r = readJourneyYaml("format: kaart.journey\nschemaVersion: 1\nformat: other\n");
  assert.ok(!r.ok);
  assert.equal(r.errors[0]!.code, "yaml_duplicate_key");
  assert.equal(r.errors[0]!.line, 3);
});

test("syntax errors carry line and column; other YAML is not_a_journey", () => {
  const r = readJourneyYaml("format: kaart.journey\nmap: [1, 2\n  x: }\n");
  assert.ok(!r.ok);
  assert.equal(r.errors[0]!.code, "yaml_syntax");
  assert.ok((r.errors[0]!.line ?? 0) >= 2);
  const other = readJourneyYaml("name: my-package\nversion: 1.0.0\n");
  assert.ok(!other.ok && other.errors[0]!.code === "not_a_journey");
});

test("YAML 1.1 booleans stay strings (core schema), so names like 'no' survive", () => {
  const doc = sampleDocument();
  doc.stages["stage:buy"]!.name = "no";
  const back = readJourneyYaml(writeJourneyYaml(doc).text);
  assert.ok(back.ok);
  assert.equal(back.document.stages["stage:buy"]!.name, "no");
});

test("binary junk and empty input are clear errors", () => {
  const junk = readJourneyYaml(String.fromCharCode(0, 159, 146, 150, 255, 1, 2));
  assert.ok(!junk.ok);
  assert.equal(junk.errors[0]!.code, "yaml_syntax");
  assert.equal(junk.errors[0]!.line, 1);
  const empty = readJourneyYaml("");
  assert.ok(!empty.ok && empty.errors[0]!.code === "not_a_journey");
});

test("aliasExpansion counts only what aliases add", () => {
  const shared = { a: [1, 2, 3] };
  assert.equal(aliasExpansion(JSON.parse(writeJourneyJson(sampleDocument()).text)), 0);
  assert.equal(aliasExpansion({ x: shared, y: shared }), 5);
  assert.equal(aliasExpansion("plain"), 0);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.equal(aliasExpansion(cyclic), undefined);
});

test("brackets in text never count as nesting: plain, quoted and block scalars", () => {
  const doc = sampleDocument();
  doc.steps["step:visit"]!.name = "[".repeat(200) + " draft";
  doc.steps["step:visit"]!.description = Array.from({ length: 100 }, (_, i) => `[note ${i} {`).join("\n");
  doc.steps["step:pay"]!.name = "x " + "[{".repeat(100);
  const yaml = writeJourneyYaml(doc).text;
  const r = readJourneyYaml(yaml);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  assert.equal(r.document.steps["step:visit"]!.description, doc.steps["step:visit"]!.description);
  const plain = readJourneyYaml("format: kaart.journey\nnotes: a [b [c [d\n".repeat(1) + "x: " + "word [".repeat(100) + "\n");
  assert.ok(!plain.ok && plain.errors[0]!.code !== "yaml_too_deep");
});

test("nesting behind tags and anchors is found too", () => {
  const tagged = readJourneyYaml("a: " + "!!seq [".repeat(5000) + "]".repeat(5000));
  assert.ok(!tagged.ok && tagged.errors[0]!.code === "yaml_too_deep" && tagged.errors[0]!.line === 1);
  const anchored = readJourneyYaml("a: " + Array.from({ length: 100 }, (_, i) => `&n${i} [`).join("") + "]".repeat(100));
  assert.ok(!anchored.ok && anchored.errors[0]!.code === "yaml_too_deep");
});
