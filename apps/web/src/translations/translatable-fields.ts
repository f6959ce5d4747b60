import { orderedLanes, orderedStages, orderedSteps, plainText, TEXT_FIELDS, translationIdFor, type JourneyDocument, type RichText, type TableName } from "@kaart/core";

/** One text a translator can translate: a typed text field of one record, with its source text. */
export interface TranslatableField {
  recordId: string;
  table: TableName | "map";
  field: string;
  kind: "plain" | "rich";
  /** What the record is called, to tell rows apart (a stage's name, a card's title). */
  recordName: string;
  source: string;
}

/** Tables in the order a translator meets them on the map; grid tables first. */
const TABLE_ORDER: readonly (TableName | "map")[] = ["map", "stages", "steps", "lanes", "cells", "cards", "emotions", "touchpoints", "personas", "flows"];

function at(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split(".")) v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  return Array.isArray(v) ? plainText(v as RichText) : "";
}

/** Records of a table, in map order where the map has one (stages, steps, lanes), else by id. */
function recordsOf(doc: JourneyDocument, table: TableName | "map"): { id: string }[] {
  if (table === "map") return [doc.map];
  if (table === "stages") return orderedStages(doc);
  if (table === "steps") return orderedSteps(doc);
  if (table === "lanes") return orderedLanes(doc);
  return Object.values(doc[table] as Record<string, { id: string }>).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function nameOf(record: unknown): string {
  for (const key of ["name", "title", "label"]) {
    const v = textOf(at(record, key));
    if (v) return v;
  }
  return textOf(at(record, "content.text")).slice(0, 60);
}

/**
 * Every non-empty text field of every record that `setTranslation` accepts (core's TEXT_FIELDS),
 * in map order. Empty source fields are left out: there is nothing to translate.
 */
export function translatableFields(doc: JourneyDocument): TranslatableField[] {
  const out: TranslatableField[] = [];
  for (const table of TABLE_ORDER) {
    const fields = Object.entries(TEXT_FIELDS[table]);
    if (fields.length === 0) continue;
    for (const record of recordsOf(doc, table)) {
      for (const [field, kind] of fields) {
        const source = textOf(at(record, field));
        if (source.trim()) out.push({ recordId: record.id, table, field, kind, recordName: nameOf(record), source });
      }
    }
  }
  return out;
}

/** The translation of a field in `locale`, as plain text; undefined when there is none. */
export function translationText(doc: Pick<JourneyDocument, "translations">, locale: string, f: Pick<TranslatableField, "recordId" | "field">): string | undefined {
  const t = doc.translations[translationIdFor(locale, f.recordId, f.field)];
  return t ? textOf(t.value) : undefined;
}

/** How much of the map is translated into each of its languages other than the source. */
export function translationCounts(doc: JourneyDocument): { locale: string; translated: number; total: number }[] {
  const fields = translatableFields(doc);
  return doc.map.locales
    .filter((l) => l !== doc.map.sourceLocale)
    .map((locale) => ({ locale, translated: fields.filter((f) => translationText(doc, locale, f) !== undefined).length, total: fields.length }));
}
