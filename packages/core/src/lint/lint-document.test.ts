import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { lintDocument } from "./lint-document";
import { LINT_RULES } from "./lint-warning";
import { sampleDocument } from "../formats/sample-document";
import { emptyDocument } from "../document/journey-document";
import { emotionIdFor } from "../records/emotion-point";
import { translationIdFor } from "../records/translation";
import { toPointer } from "../document/document-issue";

const codes = (doc = sampleDocument()) => lintDocument(doc).map((w) => `${w.code} ${w.pointer}`);

test("the sample map's findings, errors first", () => {
  const found = lintDocument(sampleDocument());
  assert.deepEqual(found[0], { code: "image_without_alt", pointer: "/cells/cell:pics~0visit/content/alt", message: "describe the image in its alt text", severity: "error" });
  const severities = found.map((w) => w.severity);
  assert.deepEqual(severities, [...severities].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
  assert.ok(codes().includes("untranslated_field /steps/step:compare/name"));
  assert.ok(!codes().some((c) => c.startsWith("untranslated_field /stages/stage:research/name")), "translated field is not reported");
  assert.ok(codes().includes("emotion_without_evidence /emotions/emotion:pay~0ben~0asIs"));
});

test("accessibility title and description, persona photos", () => {
  const doc = sampleDocument();
  doc.map.accessibility = {};
  doc.personas["persona:ann"]!.avatar = { assetId: "photo-1", alt: " " };
  doc.personas["persona:ben"]!.avatar = { initials: "B", alt: "" };
  const found = codes(doc);
  assert.ok(found.includes("missing_accessibility_title /map/accessibility/title"));
  assert.ok(found.includes("missing_accessibility_description /map/accessibility/description"));
  assert.ok(found.includes("persona_photo_without_alt /personas/persona:ann/avatar/alt"));
  assert.ok(!found.includes("persona_photo_without_alt /personas/persona:ben/avatar/alt"), "initials need no alt text");
});

test("structure: no stages, stages without steps, empty stages, unnamed steps", () => {
  assert.ok(codes(emptyDocument({ mapId: "map:e", title: "", now: "t" })).includes("no_stages /stages"));
  const doc = sampleDocument();
  doc.stages["stage:later"] = { id: "stage:later", name: "", order: "a2", kpis: [] };
  doc.stages["stage:quiet"] = { id: "stage:quiet", name: "Quiet", order: "a3", kpis: [] };
  doc.steps["step:q"] = { id: "step:q", stageId: "stage:quiet", name: " ", order: "a0" };
  const found = codes(doc);
  assert.ok(found.includes("stage_without_steps /stages/stage:later"));
  assert.ok(found.includes("unnamed_stage /stages/stage:later/name"));
  assert.ok(found.includes("empty_stage /stages/stage:quiet"));
  assert.ok(found.includes("unnamed_step /steps/step:q/name"));
  assert.ok(!found.includes("empty_stage /stages/stage:research"));
});

test("emotion scores off the declared scale; personas without a curve", () => {
  const doc = sampleDocument();
  const id = emotionIdFor("step:pay", "persona:ann", "asIs");
  doc.emotions[id] = { id, stepId: "step:pay", personaId: "persona:ann", variant: "asIs", score: 3, evidence: [{ kind: "survey", text: "n=40" }] };
  doc.personas["persona:cy"] = { id: "persona:cy", name: "Cy", professionalGoals: [], personalGoals: [], needs: [], frustrations: [], motivations: [], behaviours: [], preferredChannels: [], attributes: [] };
  const found = codes(doc);
  assert.ok(found.includes(`emotion_off_scale ${toPointer(["emotions", id, "score"])}`));
  assert.ok(!found.includes(`emotion_without_evidence ${toPointer(["emotions", id])}`));
  assert.ok(found.includes("persona_without_curve /personas/persona:cy"));
  assert.ok(!found.includes("persona_without_curve /personas/persona:ann"));
  doc.map.emotionScale = { name: "qualtrics", min: -5, max: 5 };
  assert.ok(!codes(doc).includes(`emotion_off_scale ${toPointer(["emotions", id, "score"])}`));
});

test("untranslated fields only for declared locales other than the source", () => {
  const doc = sampleDocument();
  doc.map.locales = ["en"];
  assert.ok(!codes(doc).some((c) => c.startsWith("untranslated_field")));
  doc.map.locales = ["en", "lv", "fa"];
  const tr = translationIdFor("fa", "map:sample", "title");
  doc.translations[tr] = { id: tr, locale: "fa", recordId: "map:sample", field: "title", value: "خرید دوچرخه" };
  const found = lintDocument(doc).filter((w) => w.code === "untranslated_field" && w.pointer === "/map/title");
  assert.deepEqual(found.map((w) => w.message), ["no lv translation of title"]);
});

test("long names and long cell text", () => {
  const doc = sampleDocument();
  doc.steps["step:pay"]!.name = "x".repeat(81);
  assert.ok(codes(doc).includes("long_text /steps/step:pay/name"));
  assert.ok(!codes(doc).includes("long_text /steps/step:visit/name"));
});

test("every lint code is documented in docs/lint.md", () => {
  const docs = readFileSync(new URL("../../../../docs/lint.md", import.meta.url), "utf8");
  for (const code of Object.keys(LINT_RULES)) assert.ok(docs.includes(`\`${code}\``), `${code} missing from docs/lint.md`);
});
