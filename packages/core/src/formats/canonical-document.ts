import { journeyDocumentSchema, type JourneyDocument } from "../document/journey-document";
import { TABLE_NAMES } from "../document/tables";
import type { FormatWarning } from "./format-result";

/**
 * The document as a plain object in canonical order, so the same document always serialises to
 * the same bytes and diffs stay small: top-level keys and record fields in schema order (zod's
 * output follows the shape), records of each table sorted by id, defaults filled in.
 * An invalid document is written as it is (tables still sorted) with a warning, never refused:
 * a writer must not lose what the user has.
 */
export function canonicalDocument(doc: JourneyDocument): { value: Record<string, unknown>; warnings: FormatWarning[] } {
  const parsed = journeyDocumentSchema.safeParse(doc);
  const warnings: FormatWarning[] = parsed.success
    ? []
    : [{ code: "document_invalid", message: "the document does not validate; it was written as it is" }];
  const source: Record<string, unknown> = parsed.success ? parsed.data : { ...doc };
  const value: Record<string, unknown> = { ...source };
  for (const table of TABLE_NAMES) {
    const records = source[table];
    if (typeof records !== "object" || records === null) continue;
    const sorted: Record<string, unknown> = {};
    for (const id of Object.keys(records).sort(compareIds)) sorted[id] = (records as Record<string, unknown>)[id];
    value[table] = sorted;
  }
  return { value, warnings };
}

/** Code-unit order, independent of the runtime's locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
