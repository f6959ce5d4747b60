import { test } from "node:test";
import assert from "node:assert/strict";
import { writeMarkdown } from "./write";
import { sampleDocument } from "../sample-document";

test("Markdown has a heading, the description, personas and one table per stage", () => {
  const { text } = writeMarkdown(sampleDocument());
  const lines = text.split("\n");
  assert.equal(lines[0], "# Buying a bike");
  assert.equal(lines[2], "From research to the first ride.");
  assert.ok(text.includes("## Personas\n\n- Ann\n- Ben\n"));
  assert.ok(text.includes("## Research\n\n| Step | Does | Pain points | Touchpoints | Photos |\n| --- | --- | --- | --- | --- |\n"));
  assert.ok(text.includes("| Compare models | Reads reviews<br>on two sites |  | Shop website |  |"));
  assert.ok(text.includes("## Buy"));
  assert.ok(text.endsWith("|\n"));
});

test("HTML, pipes and link syntax in user text are escaped", () => {
  const doc = sampleDocument();
  doc.map.title = "[x](javascript:alert(1)) <img src=x onerror=alert(1)>";
  const { text } = writeMarkdown(doc);
  assert.ok(text.startsWith("# \\[x\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;\n"));
  assert.doesNotMatch(text, /<script>|<b>|<img/);
  assert.ok(text.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(text.includes("| Pay \\| sign |"));
  for (const row of text.split("\n").filter((l) => l.startsWith("| "))) {
    assert.equal(row.replace(/\\\|/g, "").split("|").length, 7, row);
  }
});

test("unnamed stages and stages without steps still read", () => {
  const doc = sampleDocument();
  doc.stages["stage:buy"]!.name = "";
  doc.stages["stage:later"] = { id: "stage:later", name: "# Later", order: "a2", kpis: [] };
  const { text } = writeMarkdown(doc);
  assert.ok(text.includes("## Stage 2\n"));
  assert.ok(text.includes("## # Later\n\nNo steps yet.\n"));
});

test("personas the map does not target are listed after those it does", () => {
  const doc = sampleDocument();
  doc.map.scope.targetPersonaIds = ["persona:ben"];
  assert.ok(writeMarkdown(doc).text.includes("## Personas\n\n- Ben\n- Ann\n"));
});
