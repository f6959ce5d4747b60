import { test } from "node:test";
import assert from "node:assert/strict";
import { validateDocument } from "../document/validate-document";
import { orderedSteps, orderedStages } from "../document/ordered-records";
import { applyPatch } from "../patch/apply-patch";
import { emptyDocument } from "../document/journey-document";
import { plainText } from "../records/rich-text";
import { translationIdFor } from "../records/translation";
import type { RandomSource } from "../records/ids";
import { TEMPLATES } from "./catalog";
import { TEMPLATE_LANGUAGES, templateSchema, type Template } from "./template-schema";
import { instantiateTemplate } from "./instantiate-template";
import { listTemplates } from "./list-templates";
import { lintDocument } from "../lint/lint-document";

const NOW = "2026-11-22T10:00:00.000Z";
// Every assert.ok carries a message: without one, node re-reads the source to describe a failure,
// which under the tsx loader can stall the run instead of failing it.

/** A small deterministic generator (mulberry32), so ids repeat for one seed. */
function seeded(seed: number): RandomSource {
  let a = seed >>> 0;
  return (bytes) => {
    const out = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      out[i] = (t ^ (t >>> 14)) & 255;
    }
    return out;
  };
}

const parsed = (id: string): Template => templateSchema.parse(TEMPLATES.find((t) => t.id === id));

test("every template parses against the template schema", () => {
  for (const t of TEMPLATES) {
    const r = templateSchema.safeParse(t);
    assert.ok(r.success, `${t.id}: ${r.success ? "" : r.error.message}`);
  }
});

test("template ids are unique kebab-case", () => {
  const ids = TEMPLATES.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
});

for (const t of TEMPLATES) {
  for (const lang of TEMPLATE_LANGUAGES) {
    test(`${t.id} in ${lang} instantiates into a valid document written in ${lang}`, () => {
      const r = instantiateTemplate(t.id, { lang, now: NOW, random: seeded(7) });
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      const v = validateDocument(JSON.parse(JSON.stringify(r.value)));
      assert.ok(v.ok, v.ok ? "" : JSON.stringify(v.issues.slice(0, 5)));
      const doc = r.value;
      const tpl = parsed(t.id);
      assert.equal(doc.map.sourceLocale, lang);
      assert.deepEqual(doc.map.locales[0], lang);
      assert.deepEqual([...doc.map.locales].sort(), [...TEMPLATE_LANGUAGES].sort());
      assert.equal(doc.map.title, tpl.name[lang]);
      assert.equal(doc.map.kind, tpl.kind);
      assert.deepEqual(orderedStages(doc).map((s) => s.name), tpl.stages.map((s) => s.name[lang]));
      assert.deepEqual(orderedSteps(doc).map((s) => s.name), tpl.stages.flatMap((s) => s.steps.map((st) => st.name[lang])));
      assert.deepEqual(Object.values(doc.personas).map((p) => p.name).sort(), tpl.personas.map((p) => p.name[lang]).sort());
      const texts = tpl.lanes.flatMap((l) => ("text" in l ? Object.values(l.text).map((x) => x[lang]) : []));
      const cellTexts = Object.values(doc.cells).flatMap((c) => (c.content.kind === "text" ? [plainText(c.content.text)] : []));
      assert.deepEqual(cellTexts.sort(), texts.sort());
      assert.ok(doc.map.accessibility.title && doc.map.accessibility.description, "accessibility title and description");
    });

    test(`${t.id} in ${lang} keeps every other language as translations`, () => {
      const r = instantiateTemplate(t.id, { lang, now: NOW, random: seeded(7) });
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      const doc = r.value;
      const others = TEMPLATE_LANGUAGES.filter((l) => l !== lang);
      const fields = new Set(Object.values(doc.translations).map((tr) => `${tr.recordId}\u0000${tr.field}`));
      for (const tr of Object.values(doc.translations)) assert.notEqual(tr.locale, lang, `${tr.id} is in the source language`);
      for (const key of fields) {
        const [recordId, field] = key.split("\u0000") as [string, string];
        for (const l of others) assert.ok(doc.translations[translationIdFor(l, recordId, field)], `${l} missing for ${recordId} ${field}`);
      }
      // Every named record and every text cell has its name or text translated.
      const expect = (recordId: string, field: string) => fields.has(`${recordId}\u0000${field}`) || assert.fail(`no translations of ${recordId} ${field}`);
      for (const table of ["stages", "steps", "lanes", "personas", "touchpoints"] as const) for (const id of Object.keys(doc[table])) expect(id, "name");
      for (const card of Object.values(doc.cards)) expect(card.id, "title");
      for (const flow of Object.values(doc.flows)) expect(flow.id, "label");
      for (const step of Object.values(doc.steps)) if (step.momentThatMatters) expect(step.id, "momentThatMatters.why");
      for (const cell of Object.values(doc.cells)) if (cell.content.kind === "text") expect(cell.id, "content.text");
      for (const f of ["title", "description", "scope.scenario", "scope.desiredOutcome", "accessibility.title", "accessibility.description"]) expect(doc.map.id, f);
      // The translations hold the template's own text of each language, not a copy of the source.
      const tpl = parsed(t.id);
      const steps = orderedSteps(doc);
      const tplSteps = tpl.stages.flatMap((s) => s.steps);
      for (const l of others) {
        assert.equal(doc.translations[translationIdFor(l, doc.map.id, "title")]?.value, tpl.name[l]);
        orderedStages(doc).forEach((stage, i) => assert.equal(doc.translations[translationIdFor(l, stage.id, "name")]?.value, tpl.stages[i]!.name[l]));
        steps.forEach((step, i) => assert.equal(doc.translations[translationIdFor(l, step.id, "name")]?.value, tplSteps[i]!.name[l]));
      }
    });
  }

  test(`${t.id} has what a good map has`, () => {
    const r = instantiateTemplate(t.id, { lang: "en", now: NOW, random: seeded(1) });
    assert.ok(r.ok, r.ok ? "" : r.error.message);
    const doc = r.value;
    const steps = Object.values(doc.steps);
    for (const stage of Object.values(doc.stages)) assert.ok(steps.some((s) => s.stageId === stage.id), `stage ${stage.name} is empty`);
    for (const p of Object.values(doc.personas)) {
      const curve = Object.values(doc.emotions).filter((e) => e.personaId === p.id && e.variant === "asIs");
      assert.equal(curve.length, steps.length, `${p.name} has a point at every step`);
      for (const e of curve) assert.ok(e.score >= -2 && e.score <= 2, `score ${e.score} off the −2..+2 scale`);
    }
    assert.ok(Object.values(doc.emotions).some((e) => e.evidence?.length), "some emotion points carry evidence");
    assert.ok(steps.some((s) => s.momentThatMatters), "a moment that matters");
    const laneTypes = new Set(Object.values(doc.lanes).map((l) => l.type));
    for (const type of ["actions", "emotions", "touchpoints", "painPoints", "opportunities", "metrics"] as const) assert.ok(laneTypes.has(type), `lane ${type}`);
    const cards = Object.values(doc.cards);
    assert.ok(cards.some((c) => c.kind === "painPoint" && c.severity !== undefined), "a pain point with severity");
    assert.ok(cards.some((c) => c.kind === "opportunity" && c.impact !== undefined && c.effort !== undefined && c.owner && c.status), "an opportunity with impact, effort, owner and status");
    assert.ok(Object.values(doc.touchpoints).length > 0, "touchpoints");
    assert.ok(doc.map.scope.scenario && doc.map.scope.desiredOutcome, "scope scenario and desired outcome");
  });
}

test("every text of every template exists in every language, in its script", () => {
  const DIACRITICS = { lv: /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/, cs: /[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]/, et: /[äöõüšžÄÖÕÜŠŽ]/ } as const;
  const ARABIC = /[\u0600-\u06FF]/;
  for (const t of TEMPLATES) {
    const seen = { lv: false, cs: false, et: false };
    let count = 0;
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== "object" || node === null) return;
      const record = node as Record<string, unknown>;
      if ("en" in record && "fa" in record) {
        count++;
        for (const l of TEMPLATE_LANGUAGES) assert.ok(typeof record[l] === "string" && (record[l] as string).trim(), `${t.id}: ${l} missing in ${JSON.stringify(record)}`);
        assert.match(record.fa as string, ARABIC, `${t.id}: Persian text without Arabic script: ${String(record.fa)}`);
        for (const l of ["lv", "cs", "et"] as const) if (DIACRITICS[l].test(record[l] as string)) seen[l] = true;
        return;
      }
      Object.values(record).forEach(walk);
    };
    walk(t);
    assert.ok(count > 50, `${t.id} has ${count} texts`);
    for (const l of ["lv", "cs", "et"] as const) assert.ok(seen[l], `${t.id}: no ${l} diacritics anywhere`);
  }
});

test("every template in every language lints clean, info included", () => {
  for (const t of TEMPLATES) {
    for (const lang of TEMPLATE_LANGUAGES) {
      const r = instantiateTemplate(t.id, { lang, now: NOW, random: seeded(5) });
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      const findings = lintDocument(r.value).map((w) => `${w.severity} ${w.code} ${w.pointer}`);
      assert.deepEqual(findings, [], `${t.id} in ${lang}`);
    }
  }
});

test("the same seed gives the same document; another seed other ids", () => {
  for (const t of TEMPLATES) {
    const a = instantiateTemplate(t.id, { lang: "cs", now: NOW, random: seeded(42) });
    const b = instantiateTemplate(t.id, { lang: "cs", now: NOW, random: seeded(42) });
    const c = instantiateTemplate(t.id, { lang: "cs", now: NOW, random: seeded(43) });
    assert.ok(a.ok && b.ok && c.ok, `${t.id} instantiates`);
    assert.deepEqual(a.value, b.value);
    assert.notEqual(a.value.map.id, c.value.map.id);
    assert.deepEqual(Object.keys(a.value.stages).length, Object.keys(c.value.stages).length);
  }
});

test("the patch builds the same document from an empty one", () => {
  const r = instantiateTemplate(TEMPLATES[0]!.id, { lang: "fa", now: NOW, random: seeded(3), mapId: "map:fixed" });
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  assert.equal(r.value.map.id, "map:fixed");
  const built = applyPatch(emptyDocument({ mapId: "map:fixed", title: "", now: NOW }), r.patch);
  assert.deepEqual(built, r.value);
});

test("unknown templates and languages are refused with named errors", () => {
  const unknown = instantiateTemplate("no-such-template", { lang: "en", now: NOW });
  assert.ok(!unknown.ok && unknown.error.code === "not_found", "not_found for an unknown id");
  assert.equal(unknown.patch.ops.length, 0);
  for (const lang of ["de", "EN", "", "fa-IR"]) {
    const r = instantiateTemplate(TEMPLATES[0]!.id, { lang, now: NOW });
    assert.ok(!r.ok && r.error.code === "invalid_argument", lang);
  }
  for (const mapId of ["stage:abc", "map:", "map:has space"]) {
    const r = instantiateTemplate(TEMPLATES[0]!.id, { lang: "en", now: NOW, mapId: mapId as `map:${string}` });
    assert.ok(!r.ok && r.error.code === "invalid_argument", mapId);
  }
});

test("listTemplates describes every template in the chosen language", () => {
  for (const lang of TEMPLATE_LANGUAGES) {
    const list = listTemplates(lang);
    assert.deepEqual(list.map((s) => s.id), TEMPLATES.map((t) => t.id));
    for (const s of list) {
      const t = parsed(s.id);
      assert.equal(s.name, t.name[lang]);
      assert.equal(s.description, t.description[lang]);
      assert.equal(s.industry, t.industry?.[lang]);
      assert.equal(s.kind, t.kind);
    }
  }
  assert.deepEqual(listTemplates().map((s) => s.name), TEMPLATES.map((t) => t.name.en));
});
