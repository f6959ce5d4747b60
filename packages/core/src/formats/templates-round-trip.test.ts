import { test } from "node:test";
import assert from "node:assert/strict";
import { TEMPLATES } from "../templates/catalog";
import { TEMPLATE_LANGUAGES } from "../templates/template-schema";
import { instantiateTemplate } from "../templates/instantiate-template";
import { readJourneyJson } from "./json/read";
import { writeJourneyJson } from "./json/write";
import { readJourneyYaml } from "./yaml/read";
import { writeJourneyYaml } from "./yaml/write";
import { readMermaid } from "./mermaid/read";
import { writeMermaid } from "./mermaid/write";
import { readGridCsv } from "./csv/read";
import { writeGridCsv } from "./csv/write";
import { writeMarkdown } from "./markdown/write";
import { lintDocument } from "../lint/lint-document";
import { orderedStages, orderedSteps } from "../document/ordered-records";

/**
 * Every built-in template in every language goes through every format: real content, not fixtures.
 * Whether each template instantiates is the templates' own test; here a template that does not
 * is left out, and at least one must be there.
 */
const documents = TEMPLATES.flatMap((template) =>
  TEMPLATE_LANGUAGES.flatMap((lang) => {
    const made = instantiateTemplate(template.id, { lang, now: "2026-01-01T00:00:00.000Z" });
    return made.ok ? [{ name: `${template.id} (${lang})`, doc: made.value }] : [];
  }),
);

test("templates are there to go through the formats", () => {
  assert.ok(documents.length > 0);
});

for (const { name, doc } of documents) {
  test(`template ${name} survives every format`, () => {
    const json = writeJourneyJson(doc);
    assert.deepEqual(json.warnings, []);
    const fromJson = readJourneyJson(json.text);
    assert.ok(fromJson.ok);
    const fromYaml = readJourneyYaml(writeJourneyYaml(fromJson.document).text);
    assert.ok(fromYaml.ok, JSON.stringify(!fromYaml.ok && fromYaml.errors));
    assert.equal(writeJourneyJson(fromYaml.document).text, json.text);

    const mermaid = readMermaid(writeMermaid(doc).text);
    assert.ok(mermaid.ok, JSON.stringify(!mermaid.ok && mermaid.errors));
    assert.deepEqual(orderedStages(mermaid.document).map((s) => s.name), orderedStages(doc).map((s) => s.name));

    const csv = writeGridCsv(doc).text;
    const fromCsv = readGridCsv(csv);
    assert.ok(fromCsv.ok, JSON.stringify(!fromCsv.ok && fromCsv.errors));
    assert.deepEqual(orderedSteps(fromCsv.document).map((s) => s.name), orderedSteps(doc).map((s) => s.name));
    assert.equal(writeGridCsv(fromCsv.document).text, csv);

    const md = writeMarkdown(doc).text;
    for (const stage of orderedStages(doc)) assert.ok(md.includes(`## ${stage.name.replace(/[\\`*_[\]|~]/g, "\\$&")}`), stage.name);
    assert.ok(lintDocument(doc).every((w) => w.pointer.startsWith("/")));
  });
}
