import { toPointer } from "../document/document-issue";
import { plainText } from "../records/rich-text";
import { translationIdFor } from "../records/translation";
import type { JourneyDocument } from "../document/journey-document";
import type { LintRule } from "./lint-warning";

/**
 * The text fields a map is read through: (record id, field path, JSON Pointer of the field). Field
 * paths are those of translation records (`name`, `content.text`, `scope.scenario`), as templates write them.
 */
function translatableFields(doc: JourneyDocument): { recordId: string; field: string; pointer: string }[] {
  const fields: { recordId: string; field: string; pointer: string }[] = [];
  const add = (recordId: string, field: string, path: PropertyKey[], text: string | undefined) => {
    if (text && text.trim()) fields.push({ recordId, field, pointer: toPointer(path) });
  };
  const m = doc.map;
  add(m.id, "title", ["map", "title"], m.title);
  add(m.id, "description", ["map", "description"], m.description);
  add(m.id, "accessibility.title", ["map", "accessibility", "title"], m.accessibility.title);
  add(m.id, "accessibility.description", ["map", "accessibility", "description"], m.accessibility.description);
  add(m.id, "scope.scenario", ["map", "scope", "scenario"], m.scope.scenario);
  add(m.id, "scope.desiredOutcome", ["map", "scope", "desiredOutcome"], m.scope.desiredOutcome);
  for (const [id, s] of Object.entries(doc.stages)) {
    add(id, "name", ["stages", id, "name"], s.name);
    add(id, "description", ["stages", id, "description"], s.description);
    add(id, "customerGoal", ["stages", id, "customerGoal"], s.customerGoal);
  }
  for (const [id, s] of Object.entries(doc.steps)) {
    add(id, "name", ["steps", id, "name"], s.name);
    add(id, "description", ["steps", id, "description"], s.description);
    add(id, "momentThatMatters.why", ["steps", id, "momentThatMatters", "why"], s.momentThatMatters?.why);
  }
  for (const [id, l] of Object.entries(doc.lanes)) add(id, "name", ["lanes", id, "name"], l.name);
  for (const [id, c] of Object.entries(doc.cards)) add(id, "title", ["cards", id, "title"], c.title);
  for (const [id, p] of Object.entries(doc.personas)) {
    add(id, "name", ["personas", id, "name"], p.name);
    add(id, "quote", ["personas", id, "quote"], p.quote);
  }
  for (const [id, t] of Object.entries(doc.touchpoints)) add(id, "name", ["touchpoints", id, "name"], t.name);
  for (const [id, c] of Object.entries(doc.cells)) {
    if (c.content.kind === "text") add(id, "content.text", ["cells", id, "content", "text"], plainText(c.content.text));
  }
  return fields;
}

/** Every declared locale other than the source has a translation of every text field. */
export const translationRules: LintRule = (doc, report) => {
  const targets = doc.map.locales.filter((l) => l !== doc.map.sourceLocale);
  if (!targets.length) return;
  const fields = translatableFields(doc);
  for (const locale of targets) {
    for (const f of fields) {
      if (!doc.translations[translationIdFor(locale, f.recordId, f.field)]) {
        report("untranslated_field", f.pointer, `no ${locale} translation of ${f.field}`);
      }
    }
  }
};
