import { test } from "node:test";
import assert from "node:assert/strict";
import { readMermaid } from "./read";
import { writeMermaid } from "./write";
import { parseMermaidJourney } from "./parse-journey";
import { actorOrder } from "./actor-order";
import { sampleDocument } from "../sample-document";
import { emotionIdFor } from "../../records/emotion-point";

const parse = (text: string) => {
  const r = parseMermaidJourney(text);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.journey;
};

test("readMermaid maps sections, tasks, actors and scores onto records", () => {
  const r = readMermaid("journey\n  title T\n  section Buy\n    Pay: 2: Ann, Ben\n    Leave: 5\n", { now: "2026-02-02T00:00:00.000Z", mapId: "map:x" });
  assert.ok(r.ok);
  const doc = r.document;
  assert.equal(doc.map.id, "map:x");
  assert.equal(doc.map.createdAt, "2026-02-02T00:00:00.000Z");
  assert.deepEqual(doc.map.emotionScale, { name: "mermaid", min: 1, max: 5 });
  assert.deepEqual(Object.values(doc.stages).map((s) => s.name), ["Buy"]);
  assert.deepEqual(Object.values(doc.personas).map((p) => p.name), ["Ann", "Ben"]);
  assert.deepEqual(doc.map.scope.targetPersonaIds, ["persona:p1", "persona:p2"]);
  const pay = Object.values(doc.steps).find((s) => s.name === "Pay")!;
  const leave = Object.values(doc.steps).find((s) => s.name === "Leave")!;
  assert.equal(doc.emotions[emotionIdFor(pay.id, "persona:p2", "asIs")]!.score, 2);
  assert.equal(doc.emotions[emotionIdFor(leave.id, undefined, "asIs")]!.score, 5);
  assert.equal(Object.keys(doc.emotions).length, 3);
});

test("reading the same text twice gives the same document", () => {
  const text = "journey\n  section A\n    x: 1: P\n";
  const [a, b] = [readMermaid(text), readMermaid(text)];
  assert.ok(a.ok && b.ok);
  assert.deepEqual(a.document, b.document);
});

test("writeMermaid groups personas sharing a score and converts other scales to 1–5", () => {
  const { text, warnings } = writeMermaid(sampleDocument());
  const j = parse(text);
  assert.deepEqual(j.sections[0]!.tasks[0], { name: "Compare models", score: 4, actors: ["Ann", "Ben"] });
  assert.deepEqual(j.sections[1]!.tasks[0], { name: "Pay | sign", score: 1, actors: ["Ben"] });
  assert.ok(warnings.some((w) => w.code === "mermaid_scale_converted"));
});

test("personas with different scores on one step become separate tasks", () => {
  const doc = sampleDocument();
  const id = emotionIdFor("step:visit", "persona:ben", "asIs");
  doc.emotions[id] = { id, stepId: "step:visit", personaId: "persona:ben", variant: "asIs", score: -1 };
  const tasks = parse(writeMermaid(doc).text).sections[0]!.tasks.filter((t) => t.name === "Visit <b>shop</b>");
  assert.deepEqual(tasks.map((t) => [t.score, t.actors]), [[5, ["Ann"]], [2, ["Ben"]]]);
});

test("steps without a score are left out with a warning; to-be scores are not written", () => {
  const doc = sampleDocument();
  delete doc.emotions[emotionIdFor("step:pay", "persona:ben", "asIs")];
  const toBe = emotionIdFor("step:visit", "persona:ann", "toBe");
  doc.emotions[toBe] = { id: toBe, stepId: "step:visit", personaId: "persona:ann", variant: "toBe", score: 2 };
  const { text, warnings } = writeMermaid(doc);
  assert.deepEqual(parse(text).sections[1], { name: "Buy", tasks: [] });
  assert.deepEqual(warnings.filter((w) => w.code.startsWith("mermaid_s") || w.code.startsWith("mermaid_to")).map((w) => w.code), [
    "mermaid_scale_converted", "mermaid_to_be_omitted", "mermaid_step_without_score",
  ]);
  assert.equal(parse(text).sections[0]!.tasks.find((t) => t.name === "Visit <b>shop</b>")!.score, 5);
});

test("the to-be curve can be written instead of the as-is one", () => {
  const doc = sampleDocument();
  const id = emotionIdFor("step:visit", "persona:ann", "toBe");
  doc.emotions[id] = { id, stepId: "step:visit", personaId: "persona:ann", variant: "toBe", score: 2 };
  const { text, warnings } = writeMermaid(doc, { variant: "toBe" });
  const j = parse(text);
  assert.deepEqual(j.sections.map((s) => s.tasks), [[{ name: "Visit <b>shop</b>", score: 5, actors: ["Ann"] }], []]);
  assert.ok(warnings.some((w) => w.code === "mermaid_as_is_omitted"));
  assert.equal(warnings.filter((w) => w.code === "mermaid_step_without_score").length, 2);
});

test("reserved characters and keywords in names are escaped, read back exactly, and warned about", () => {
  const doc = sampleDocument();
  doc.steps["step:pay"]!.name = "title: pay; now #1\nthen";
  doc.stages["stage:buy"]!.name = "Phase 2: buy";
  doc.personas["persona:ben"]!.name = "Smith, Ben";
  doc.map.title = "<script>alert(1)</script>";
  const { text, warnings } = writeMermaid(doc);
  assert.doesNotMatch(text, /<script>/);
  const j = parse(text);
  assert.equal(j.title, "<script>alert(1)</script>");
  assert.equal(j.sections[1]!.name, "Phase 2: buy");
  assert.deepEqual(j.sections[1]!.tasks[0], { name: "title: pay; now #1\nthen", score: 1, actors: ["Smith, Ben"] });
  for (const line of text.split("\n").slice(1)) assert.doesNotMatch(line.replace(/#\w+;/g, ""), /[;#]/);
  assert.ok(warnings.filter((w) => w.code === "mermaid_name_escaped").length >= 4);
});

test("empty stage names survive the round trip, first and later", () => {
  const text = "journey\n  a: 1\n  section #32;\n  b: 2\n  section Named\n  c: 3\n";
  const j = parse(text);
  assert.deepEqual(j.sections.map((s) => s.name), ["", "", "Named"]);
  const r = readMermaid(text);
  assert.ok(r.ok);
  assert.deepEqual(parse(writeMermaid(r.document).text), j);
});

test("multi-line accessibility descriptions are written as a block", () => {
  const doc = sampleDocument();
  doc.map.accessibility.description = "Line one\nLine two with } brace";
  const { text } = writeMermaid(doc);
  assert.match(text, /accDescr \{\n/);
  assert.equal(parse(text).accDescr, "Line one\nLine two with } brace");
});

test("accTitle has no block form; accDescr keeps # and ; as Mermaid does", () => {
  const r = readMermaid("journey\n  accTitle {\n");
  assert.ok(!r.ok && r.errors[0]!.code === "mermaid_task_without_score" && r.errors[0]!.line === 2);
  const j = parse("journey\n  accTitle: A # b; c\n  accDescr: x; y # z\n");
  assert.deepEqual([j.accTitle, j.accDescr], ["A # b; c", "x; y # z"]);
});

test("CRLF line endings and a byte-order mark are read", () => {
  const j = parse("\ufeffjourney\r\n  title T\r\n  section S\r\n    x: 3: A\r\n");
  assert.deepEqual(j.sections[0]!.tasks, [{ name: "x", score: 3, actors: ["A"] }]);
});

test("errors carry codes and lines", () => {
  const cases: [string, string, number][] = [
    ["journey\n  section S\n    no score here\n", "mermaid_task_without_score", 3],
    ["journey\n  section S\n    x:\n", "mermaid_task_without_score", 3],
    ["journey\n  section S\n    x: 1e999\n", "mermaid_invalid_score", 3],
    ["journey\n  section S\n    : 3\n", "mermaid_syntax", 3],
    ["graph TD\n  A-->B\n", "mermaid_not_journey", 1],
    ["", "mermaid_not_journey", 1],
    [String.fromCharCode(0, 1, 2, 255), "mermaid_not_journey", 1],
  ];
  for (const [text, code, line] of cases) {
    const r = readMermaid(text);
    assert.ok(!r.ok, text);
    assert.deepEqual([r.errors[0]!.code, r.errors[0]!.line], [code, line], text);
  }
});

test("conflicting actor orders keep one order and warn", () => {
  const r = readMermaid("journey\n  section S\n    a: 1: X, Y\n    b: 2: Y, X\n");
  assert.ok(r.ok);
  assert.ok(r.warnings.some((w) => w.code === "mermaid_actor_order_lost"));
  assert.deepEqual(actorOrder([["X", "Y"], ["Y", "X"]]), { order: ["X", "Y"], consistent: false });
  assert.deepEqual(actorOrder([["B"], ["C", "A"], ["A", "B"]]), { order: ["C", "A", "B"], consistent: true });
});
