import { z } from "zod";
import { journeyDocumentSchema } from "../src/document/journey-document";
import { journeyMapSchema } from "../src/records/journey-map";
import { TABLES, TABLE_NAMES } from "../src/document/tables";

/** Where the generated files go, relative to the repository root. */
export const SCHEMA_DIR = "docs/schema";

/**
 * The JSON Schemas of the document and of each record, generated from the zod schemas (the one
 * definition). `io: "input"` describes what a file may contain (fields with defaults are optional).
 * Refinements zod cannot express (a card at exactly one of step or stage) are checked by `validate`.
 * File name → file text, in a fixed order so the output is reproducible.
 */
export function buildJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (name: string, title: string, schema: z.ZodType) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
    const doc = { $schema: json.$schema, title, ...json };
    files.set(name, JSON.stringify(doc, null, 2) + "\n");
  };
  add("journey-document.json", "Kaart journey document (.kaart.json / .kaart.yaml)", journeyDocumentSchema);
  add("map.json", "Kaart map record", journeyMapSchema);
  for (const table of TABLE_NAMES) add(`${table}.json`, `Kaart ${table} record`, TABLES[table].schema);
  return files;
}
