import { test } from "node:test";
import assert from "node:assert/strict";
import { readJourneyJson } from "./read";
import { writeJourneyJson } from "./write";
import { sampleDocument } from "../sample-document";
import { pointerPositions } from "./json-pointer-position";

test("writeJourneyJson → readJourneyJson round trips and is byte-stable", () => {
  const first = writeJourneyJson(sampleDocument());
  assert.deepEqual(first.warnings, []);
  const read = readJourneyJson(first.text);
  assert.ok(read.ok);
  assert.deepEqual(read.document, sampleDocument());
  assert.equal(writeJourneyJson(read.document).text, first.text);
});

test("the canonical form has 2-space indent, a trailing newline and records sorted by id", () => {
  const doc = sampleDocument();
  const shuffled = { ...doc, stages: { "stage:research": doc.stages["stage:research"]!, "stage:buy": doc.stages["stage:buy"]! } };
  const text = writeJourneyJson(shuffled).text;
  assert.ok(text.endsWith("}\n"));
  assert.ok(text.startsWith('{\n  "format": "kaart.journey",\n  "schemaVersion": 1,\n  "map": {\n    "id": "map:sample"'));
  assert.ok(text.indexOf('"stage:buy": {') < text.indexOf('"stage:research": {'));
});

test("a byte-order mark is accepted", () => {
  assert.ok(readJourneyJson("\ufeff" + writeJourneyJson(sampleDocument()).text).ok);
});

test("truncated JSON is a json_syntax error with line and column", () => {
  const text = writeJourneyJson(sampleDocument()).text;
  const cut = text.slice(0, 200);
  const r = readJourneyJson(cut);
  assert.ok(!r.ok);
  assert.equal(r.errors[0]!.code, "json_syntax");
  assert.equal(r.errors[0]!.line, cut.split("\n").length);
});

test("a syntax error in the middle is located exactly", () => {
  const r = readJourneyJson('{\n  "format": "kaart.journey",\n  "x": tru\n}');
  assert.ok(!r.ok);
  assert.deepEqual([r.errors[0]!.line, r.errors[0]!.column], [3, 8]);
  const r2 = readJourneyJson('{"a": [1, 2,, 3]}');
  assert.ok(!r2.ok);
  assert.deepEqual([r2.errors[0]!.line, r2.errors[0]!.column], [1, 13]);
});

test("binary junk is json_syntax at line 1", () => {
  const junk = String.fromCharCode(0, 159, 146, 150, 255, 1, 2);
  const r = readJourneyJson(junk);
  assert.ok(!r.ok);
  assert.equal(r.errors[0]!.code, "json_syntax");
  assert.equal(r.errors[0]!.line, 1);
});

test("JSON that is not a journey is not_a_journey; invalid records carry pointers", () => {
  const r = readJourneyJson('{"name": "package", "version": "1.0.0"}');
  assert.ok(!r.ok && r.errors[0]!.code === "not_a_journey");
  const doc = JSON.parse(writeJourneyJson(sampleDocument()).text);
  doc.steps["step:pay"].stageId = "stage:gone";
  const r2 = readJourneyJson(JSON.stringify(doc));
  assert.ok(!r2.ok);
  assert.equal(r2.errors[0]!.code, "invalid_document");
  assert.equal(r2.errors[0]!.pointer, "/steps/step:pay/stageId");
});

test("deeply nested JSON is refused without a crash", () => {
  const r = readJourneyJson("[".repeat(100_000) + "]".repeat(100_000));
  assert.ok(!r.ok && r.errors[0]!.code === "not_a_journey");
});

test("input above the size limit is refused before parsing", () => {
  const r = readJourneyJson("x".repeat(101), { maxChars: 100 });
  assert.ok(!r.ok && r.errors[0]!.code === "too_large");
});

test("an invalid document is still written, with a warning", () => {
  const doc = sampleDocument();
  doc.steps["step:pay"]!.stageId = "stage:gone";
  doc.stages["stage:buy"]!.name = 42 as unknown as string;
  const { text, warnings } = writeJourneyJson(doc);
  assert.deepEqual(warnings.map((w) => w.code), ["document_invalid"]);
  assert.equal(JSON.parse(text).stages["stage:buy"].name, 42);
});

test("validation errors carry the line and column of the value they point at", () => {
  const text = writeJourneyJson(sampleDocument()).text.replace('"stageId": "stage:buy"', '"stageId": "stage:gone"');
  const r = readJourneyJson(text);
  assert.ok(!r.ok);
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes('"stage:gone"')) + 1;
  assert.deepEqual([r.errors[0]!.pointer, r.errors[0]!.line, r.errors[0]!.column], ["/steps/step:pay/stageId", line, lines[line - 1]!.indexOf('"stage:gone"') + 1]);
});

test("pointer positions: arrays, escaped keys, empty containers and missing fields", () => {
  const text = '{\n  "a": [],\n  "b~/c": {},\n  "list": [1, {"x": [ "y" ]}],\n  "obj": {"k": "v"}\n}';
  const at = pointerPositions(text, ["/list/1/x/0", "/b~0~1c", "/obj/missing", "/list/0", "/a", ""]);
  assert.deepEqual(at.get("/list/1/x/0"), { line: 4, column: 23 });
  assert.deepEqual(at.get("/b~0~1c"), { line: 3, column: 11 });
  assert.deepEqual(at.get("/obj/missing"), { line: 5, column: 10 });
  assert.deepEqual(at.get("/list/0"), { line: 4, column: 12 });
  assert.deepEqual(at.get("/a"), { line: 2, column: 8 });
  assert.deepEqual(at.get(""), { line: 1, column: 1 });
});
