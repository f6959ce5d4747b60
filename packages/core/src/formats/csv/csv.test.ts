import { test } from "node:test";
import assert from "node:assert/strict";
import { readGridCsv } from "./read";
import { writeGridCsv } from "./write";
import { parseCsv, stringifyCsv } from "./rfc4180";
import { escapeFormula, unescapeFormula } from "../grid/formula-escape";
import { sampleDocument } from "../sample-document";
import { orderedSteps, orderedStages } from "../../document/ordered-records";

test("the CSV grid has a BOM, stage and step rows, and one row per lane", () => {
  const { text } = writeGridCsv(sampleDocument());
  assert.ok(text.startsWith("\ufeff"));
  const parsed = parseCsv(text.slice(1));
  assert.ok(parsed.ok);
  const [stages, steps, ...lanes] = parsed.rows;
  assert.deepEqual(stages, ["lane id", "lane type", "lane name", "Research", "", "Buy"]);
  assert.deepEqual(steps, ["", "", "", "Compare models", "Visit <b>shop</b>", "Pay | sign"]);
  assert.deepEqual(lanes.map((l) => l.slice(0, 3)), [
    ["lane:does", "actions", "Does"], ["lane:pain", "painPoints", "Pain points"], ["lane:where", "touchpoints", "Touchpoints"], ["lane:pics", "images", "Photos"],
  ]);
  assert.deepEqual(lanes[0]!.slice(3), ["Reads reviews\non two sites", "<script>alert(1)</script>", "'=SUM(A1:A2)"]);
  assert.equal(lanes[1]![5], "Long queue\nCash only");
});

test("formula-like cells are escaped on export and restored on import", () => {
  for (const s of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "'=x", "''+y", "plain", "'quoted", ""]) {
    assert.equal(unescapeFormula(escapeFormula(s)), s);
    assert.doesNotMatch(escapeFormula(s), /^[=+\-@\t\r]/);
  }
  const doc = readGridCsv(writeGridCsv(sampleDocument()).text);
  assert.ok(doc.ok);
  const texts = Object.values(doc.document.cells).flatMap((c) => (c.content.kind === "text" ? c.content.text.map((t) => t.text) : []));
  assert.ok(texts.includes("=SUM(A1:A2)"));
});

test("CSV → document → CSV is stable and keeps stages, steps, lanes, text, cards and touchpoints", () => {
  const first = writeGridCsv(sampleDocument()).text;
  const read = readGridCsv(first, { title: "Bikes", now: "2026-03-03T00:00:00.000Z" });
  assert.ok(read.ok, JSON.stringify(!read.ok && read.errors));
  const doc = read.document;
  assert.equal(doc.map.title, "Bikes");
  assert.deepEqual(orderedStages(doc).map((s) => s.name), ["Research", "Buy"]);
  assert.deepEqual(orderedSteps(doc).map((s) => s.name), ["Compare models", "Visit <b>shop</b>", "Pay | sign"]);
  assert.deepEqual(Object.values(doc.cards).map((c) => [c.kind, c.title]), [["painPoint", "Long queue"], ["painPoint", "Cash only"]]);
  assert.deepEqual(Object.values(doc.touchpoints).map((t) => t.name), ["Shop website"]);
  assert.ok(doc.lanes["lane:does"]);
  assert.equal(writeGridCsv(doc).text, first);
});

test("an emotions lane carries scores per persona through the grid", () => {
  const doc = sampleDocument();
  doc.lanes["lane:feel"] = { id: "lane:feel", type: "emotions", name: "Feels", order: "a05" };
  const text = writeGridCsv(doc).text;
  assert.match(text, /lane:feel,emotions,Feels,"Ann: 1\nBen: 1",Ann: 2,Ben: -2/);
  const read = readGridCsv(text);
  assert.ok(read.ok);
  const scores = Object.values(read.document.emotions).map((p) => [read.document.personas[p.personaId!]!.name, p.score]);
  assert.deepEqual(scores.sort(), [["Ann", 1], ["Ann", 2], ["Ben", -2], ["Ben", 1]]);
});

test("spreadsheets' own CSV is read: semicolons, no BOM, no lane ids, unknown lane types", () => {
  const text = ";;;Awareness;;Purchase\n;;;See ad;Read blog;Pay\n;;Does;Scrolls;\"Reads; smiles\";Pays\n;feelings;Feels;-1;1;2\n";
  const r = readGridCsv(text);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  assert.deepEqual(orderedStages(r.document).map((s) => s.name), ["Awareness", "Purchase"]);
  assert.equal(orderedSteps(r.document).length, 3);
  assert.deepEqual(Object.values(r.document.lanes).map((l) => [l.type, l.name]), [["text", "Does"], ["text", "Feels"]]);
  assert.ok(r.warnings.some((w) => w.code === "grid_unknown_lane_type" && w.line === 4));
});

test("Excel's sep= line names the delimiter", () => {
  const r = readGridCsv("sep=|\r\n|||A|B\r\n|||a1|b1\r\nlane:x|actions|Does|x, y|z\r\n");
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  assert.deepEqual(orderedStages(r.document).map((s) => s.name), ["A", "B"]);
  const texts = Object.values(r.document.cells).map((c) => (c.content.kind === "text" ? c.content.text[0]!.text : ""));
  assert.deepEqual(texts, ["x, y", "z"]);
});

test("a stage without steps survives as a stage", () => {
  const doc = sampleDocument();
  doc.stages["stage:later"] = { id: "stage:later", name: "Later", order: "a2", kpis: [] };
  const r = readGridCsv(writeGridCsv(doc).text);
  assert.ok(r.ok);
  assert.deepEqual(orderedStages(r.document).map((s) => s.name), ["Research", "Buy", "Later"]);
  assert.equal(orderedSteps(r.document).length, 3);
});

test("RFC 4180: quotes, doubled quotes, line breaks in fields, CRLF", () => {
  const rows = [["a", 'say "hi"', "two\r\nlines"], ["", ",", ""]];
  const parsed = parseCsv(stringifyCsv(rows));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.rows, rows);
});

test("bad CSV gives csv_syntax with a line; too little gives grid_shape", () => {
  const r = readGridCsv('a,b\n"open,c\nd,e\n');
  assert.ok(!r.ok);
  assert.deepEqual([r.errors[0]!.code, r.errors[0]!.line], ["csv_syntax", 2]);
  const r2 = readGridCsv('a,"b"x\n');
  assert.ok(!r2.ok && r2.errors[0]!.code === "csv_syntax" && r2.errors[0]!.column === 6);
  const r3 = readGridCsv("only one row\n");
  assert.ok(!r3.ok && r3.errors[0]!.code === "grid_shape");
  const r4 = readGridCsv("");
  assert.ok(!r4.ok && r4.errors[0]!.code === "grid_shape");
});

test("binary junk does not crash the reader", () => {
  const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
  const r = readGridCsv(junk);
  assert.equal(typeof r.ok, "boolean");
});

test("a hostile grid (very wide) is refused quickly with grid_shape", () => {
  const wide = "a,".repeat(200_000) + "\n" + "b,".repeat(200_000) + "\n";
  const r = readGridCsv(wide);
  assert.ok(!r.ok && r.errors[0]!.code === "grid_shape");
});
