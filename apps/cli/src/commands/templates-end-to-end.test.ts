import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { TEMPLATES, TEMPLATE_LANGUAGES } from "@kaart/core";
import { runCli } from "../test-support/run-cli";

const dir = mkdtempSync(join(tmpdir(), "kaart-templates-"));

test("templates lists every built-in template, as text and as JSON", async () => {
  const json = await runCli(["templates", "--json"], dir);
  assert.equal(json.code, 0);
  const listed = JSON.parse(json.stdout) as { id: string }[];
  assert.ok(listed.length >= 12, `at least 12 templates, got ${listed.length}`);
  assert.deepEqual(listed.map((t) => t.id).sort(), TEMPLATES.map((t) => t.id).sort());
  const text = await runCli(["templates", "--lang", "lv"], dir);
  assert.equal(text.code, 0);
  for (const t of listed) assert.match(text.stdout, new RegExp(`^${t.id}\\s`, "m"));
  assert.equal((await runCli(["templates", "--lang", "xx"], dir)).code, 2);
});

test("an unknown template is a usage error naming the list command", async () => {
  const r = await runCli(["new", "--template", "no-such", "-o", "x.kaart.json"], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /kaart templates/);
});

for (const template of TEMPLATES) {
  test(`${template.id}: new → validate → lint --strict → yaml round trip → svg, png, pdf in every language`, async () => {
    for (const lang of TEMPLATE_LANGUAGES) {
      const base = join(dir, `${template.id}.${lang}`);
      const made = await runCli(["new", "--template", template.id, "--lang", lang, "-o", `${base}.kaart.json`], dir);
      assert.equal(made.code, 0, made.stderr);
      const doc = JSON.parse(readFileSync(`${base}.kaart.json`, "utf8")) as { map: { sourceLocale: string; locales: string[]; title: string } };
      assert.equal(doc.map.sourceLocale, lang);
      assert.deepEqual([...doc.map.locales].sort(), [...TEMPLATE_LANGUAGES].sort());

      const valid = await runCli(["validate", `${base}.kaart.json`], dir);
      assert.equal(valid.code, 0, valid.stderr);
      const lint = await runCli(["lint", "--strict", `${base}.kaart.json`], dir);
      assert.equal(lint.code, 0, `${template.id}/${lang} lint:\n${lint.stdout}`);

      assert.equal((await runCli(["convert", `${base}.kaart.json`, "-o", `${base}.kaart.yaml`], dir)).code, 0);
      assert.equal((await runCli(["convert", `${base}.kaart.yaml`, "-o", `${base}.back.kaart.json`], dir)).code, 0);
      assert.deepEqual(JSON.parse(readFileSync(`${base}.back.kaart.json`, "utf8")), doc, "JSON → YAML → JSON is lossless");

      for (const ext of ["svg", "png", "pdf"] as const) {
        const r = await runCli(["render", `${base}.kaart.json`, "-o", `${base}.${ext}`], dir);
        assert.equal(r.code, 0, r.stderr);
      }
      const svg = readFileSync(`${base}.svg`, "utf8");
      assert.ok(svg.includes("<title"), "the SVG has a title");
      assert.deepEqual([...readFileSync(`${base}.png`).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
      assert.equal(readFileSync(`${base}.pdf`).subarray(0, 5).toString("latin1"), "%PDF-");
    }
  });
}
