import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPatch } from "../patch/apply-patch";
import { cellIdFor } from "../records/cell";
import { translationIdFor } from "../records/translation";
import { setTranslation } from "./set-translation";
import { applied, exampleJourney, testContext } from "./operation-test-kit";

test("adds a translation with the derived id, of a record or of the map", () => {
  const doc = exampleJourney();
  const r = setTranslation(doc, { locale: "lv", recordId: "stage:buy", field: "name", value: "Pirkums" }, testContext());
  const after = applied(doc, r);
  assert.ok(r.ok);
  assert.equal(r.value, translationIdFor("lv", "stage:buy", "name"));
  assert.equal(after.translations[r.value]!.value, "Pirkums");
  assert.deepEqual(applyPatch(after, r.patch), after);
  const title = setTranslation(doc, { locale: "lv", recordId: "map:example", field: "title", value: "Velosipēda pirkšana" }, testContext());
  assert.ok(title.ok);
  assert.equal(applied(doc, title).translations[title.value]!.recordId, "map:example");
});

test("editing a translation is a splice; an empty value removes it", () => {
  const doc = exampleJourney();
  const id = translationIdFor("lv", "step:search", "name");
  const r = setTranslation(doc, { locale: "lv", recordId: "step:search", field: "name", value: "Meklē internetā" }, testContext());
  assert.equal(r.patch.ops[1]!.op, "splice");
  assert.equal(applied(doc, r).translations[id]!.value, "Meklē internetā");
  const cell = cellIdFor("lane:does", "step:search");
  const rich = setTranslation(doc, { locale: "lv", recordId: cell, field: "content.text", value: [{ text: "Googlē velo" }] }, testContext());
  assert.equal(rich.patch.ops[1]!.op, "splice");
  const gone = applied(doc, setTranslation(doc, { locale: "lv", recordId: "step:search", field: "name", value: "" }, testContext()));
  assert.equal(gone.translations[id], undefined);
});

test("refuses the source language, other languages, missing records, unknown fields and the wrong kind of value", () => {
  const doc = exampleJourney();
  const cell = cellIdFor("lane:does", "step:search");
  for (const [r, code] of [
    [setTranslation(doc, { locale: "en", recordId: "stage:buy", field: "name", value: "Buy" }, testContext()), "invalid_argument"],
    [setTranslation(doc, { locale: "et", recordId: "stage:buy", field: "name", value: "Ost" }, testContext()), "invalid_argument"],
    [setTranslation(doc, { locale: "lv", recordId: "stage:none", field: "name", value: "x" }, testContext()), "not_found"],
    [setTranslation(doc, { locale: "lv", recordId: "stage:buy", field: "order", value: "x" }, testContext()), "invalid_argument"],
    [setTranslation(doc, { locale: "lv", recordId: cell, field: "content.text", value: "plain" }, testContext()), "invalid_argument"],
    [setTranslation(doc, { locale: "LV!", recordId: "stage:buy", field: "name", value: "x" }, testContext()), "invalid_argument"],
  ] as const) assert.ok(!r.ok && r.error.code === code && r.patch.ops.length === 0, `${code}`);
});
