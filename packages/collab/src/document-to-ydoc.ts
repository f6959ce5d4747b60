import * as Y from "yjs";
import { TABLE_NAMES, type JourneyDocument } from "@kaart/core";
import { ORIGINS, type Origin } from "./origins";
import { mapRoots } from "./y-roots";
import { textKinds } from "./text-kinds";
import { writeFields } from "./write-fields";

/** Raised when `documentToYDoc` is given a Y.Doc that already holds a map. */
export class YDocNotEmptyError extends Error {
  override readonly name = "YDocNotEmptyError";
  readonly code = "ydoc_not_empty";
  constructor() {
    super("the Y.Doc already holds a map; fill only an empty Y.Doc");
  }
}

/**
 * Fills an empty Y.Doc with a document, in one transaction (origin `seed` unless told otherwise,
 * so persistence does not store what it just loaded). Refuses a Y.Doc that holds anything:
 * seeding twice would merge two copies of every record.
 *
 * @example
 * const ydoc = new Y.Doc();
 * documentToYDoc(parseDocument(JSON.parse(text)), ydoc);
 */
export function documentToYDoc(doc: JourneyDocument, ydoc: Y.Doc, origin: Origin = ORIGINS.seed): void {
  const roots = mapRoots(ydoc);
  if (Object.values(roots.all).some((m) => m.size > 0)) throw new YDocNotEmptyError();
  ydoc.transact(() => {
    roots.meta.set("format", doc.format);
    roots.meta.set("schemaVersion", doc.schemaVersion);
    writeFields(roots.map, { ...doc.map }, textKinds("map"));
    for (const table of TABLE_NAMES) {
      const target = roots.tables[table];
      for (const [id, record] of Object.entries(doc[table])) {
        const fields: Record<string, unknown> = { ...record };
        writeFields(target.set(id, new Y.Map<unknown>()), fields, textKinds(table, fields));
      }
    }
  }, origin);
}
