import * as Y from "yjs";
import { parseDocument, validateDocument, TABLE_NAMES, type JourneyDocument, type TableName, type ValidationResult } from "@kaart/core";
import { mapRoots } from "./y-roots";
import { textKinds } from "./text-kinds";
import { readFields } from "./read-fields";

/**
 * The plain JSON of a map's Y.Doc, unvalidated: what `validateYDoc` checks and `yDocToDocument`
 * parses. Entries of a table that are not Y.Maps are passed through as they are, for validation
 * to report.
 *
 * @example
 * const json = yDocToJson(ydoc); // e.g. to store a snapshot as .kaart.json
 */
export function yDocToJson(ydoc: Y.Doc): Record<string, unknown> {
  const roots = mapRoots(ydoc);
  const out: Record<string, unknown> = {
    format: roots.meta.get("format"),
    schemaVersion: roots.meta.get("schemaVersion"),
    map: readFields(roots.map, textKinds("map")),
  };
  for (const table of TABLE_NAMES) {
    const records: Record<string, unknown> = {};
    roots.tables[table].forEach((value, id) => {
      records[id] = readRecord(table, value);
    });
    out[table] = records;
  }
  return out;
}

/** The plain JSON of one table entry: a record's Y.Map read field by field, anything else as it is. */
export function readRecord(table: TableName, value: unknown): unknown {
  return value instanceof Y.Map ? readFields(value, textKinds(table, { recordId: value.get("recordId"), field: value.get("field") })) : value;
}

/**
 * A plain, validated document of a map's Y.Doc, for rendering, export and analysis. Throws
 * core's `InvalidDocumentError` (with every issue) when the Y.Doc does not hold a valid map; use
 * `validateYDoc` to get the issues without an exception.
 *
 * @example
 * const doc = yDocToDocument(ydoc);
 * const svg = renderMapSvg(doc, {});
 */
export function yDocToDocument(ydoc: Y.Doc): JourneyDocument {
  return parseDocument(yDocToJson(ydoc));
}

/**
 * Validates what a Y.Doc holds as a journey document (records, references, derived ids); for a
 * server to check a client's update before accepting it, with issues as JSON Pointers.
 *
 * @example
 * const result = validateYDoc(ydoc);
 * if (!result.ok) reject(result.issues);
 */
export function validateYDoc(ydoc: Y.Doc): ValidationResult {
  return validateDocument(yDocToJson(ydoc));
}
