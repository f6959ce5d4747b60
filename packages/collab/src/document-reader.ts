import type * as Y from "yjs";
import {
  CURRENT_SCHEMA_VERSION,
  DOCUMENT_FORMAT,
  TABLES,
  TABLE_NAMES,
  journeyMapSchema,
  referenceIssues,
  toPointer,
  validateDocument,
  type DocumentIssue,
  type JourneyDocument,
  type TableName,
  type Tables,
  type ValidationResult,
} from "@kaart/core";
import { mapRoots } from "./y-roots";
import { readRecord, yDocToJson } from "./ydoc-to-document";
import { readFields } from "./read-fields";
import { textKinds } from "./text-kinds";

type Parsed = { ok: true; record: unknown } | { ok: false; issues: DocumentIssue[] };

/** Reads a map's Y.Doc as a validated document again and again, cheaply; `destroy` stops observing. */
export interface DocumentReader {
  read(): ValidationResult;
  destroy(): void;
}

function parseRecord(table: TableName, id: string, value: unknown): Parsed {
  const parsed = TABLES[table].schema.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ pointer: toPointer([table, id, ...i.path]), code: "invalid_value", message: i.message })) };
}

/**
 * The same result as `validateYDoc`, for an editor that re-reads the document after every
 * keystroke: each record is validated once and again only when a transaction touched it
 * (observed with `observeDeep`), and unchanged records keep their object identity between reads,
 * so memoised rendering can skip them; so do the map record and every table object no transaction
 * touched (a selector over `doc.cards` sees the same object until a card changes). The
 * cross-record reference checks run on every read; a Y.Doc of another format or schema version takes the full path.
 *
 * @example
 * const reader = createDocumentReader(ydoc);
 * ydoc.on("afterTransaction", () => { const r = reader.read(); if (r.ok) render(r.document); });
 */
export function createDocumentReader(ydoc: Y.Doc): DocumentReader {
  const roots = mapRoots(ydoc);
  const cache = new Map<TableName, Map<string, Parsed>>(TABLE_NAMES.map((t) => [t, new Map()]));
  const dirty = new Map<TableName, Set<string>>(TABLE_NAMES.map((t) => [t, new Set()]));
  let fresh = true;
  const stops = TABLE_NAMES.map((table) => {
    const target = roots.tables[table];
    const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      for (const e of events) {
        if (e.target === target) for (const key of e.keys.keys()) dirty.get(table)!.add(key);
        else if (typeof e.path[0] === "string") dirty.get(table)!.add(e.path[0]);
      }
    };
    target.observeDeep(observer);
    return () => target.unobserveDeep(observer);
  });
  // The map record is re-read only after a transaction touched it.
  let mapDirty = true;
  const mapObserver = () => {
    mapDirty = true;
  };
  roots.map.observeDeep(mapObserver);
  stops.push(() => roots.map.unobserveDeep(mapObserver));
  let lastMap: ReturnType<typeof journeyMapSchema.safeParse> | undefined;
  // The last table objects handed out: a table no transaction touched is handed out again, so
  // selectors and indexes keyed by a table's identity see it unchanged.
  const lastTables = new Map<TableName, Record<string, unknown>>();

  /** Re-reads the table's touched records; false when nothing in it changed since the last read. */
  const refresh = (table: TableName): boolean => {
    const entries = cache.get(table)!;
    if (!fresh && dirty.get(table)!.size === 0) return false;
    const ids = fresh ? [...roots.tables[table].keys()] : [...dirty.get(table)!];
    for (const id of ids) {
      const value = roots.tables[table].get(id);
      if (value === undefined) entries.delete(id);
      else entries.set(id, parseRecord(table, id, readRecord(table, value)));
    }
    dirty.get(table)!.clear();
    return true;
  };

  return {
    read() {
      if (roots.meta.get("format") !== DOCUMENT_FORMAT || roots.meta.get("schemaVersion") !== CURRENT_SCHEMA_VERSION) {
        return validateDocument(yDocToJson(ydoc));
      }
      const issues: DocumentIssue[] = [];
      if (mapDirty || !lastMap) lastMap = journeyMapSchema.safeParse(readFields(roots.map, textKinds("map")));
      mapDirty = false;
      const map = lastMap;
      if (!map.success) for (const i of map.error.issues) issues.push({ pointer: toPointer(["map", ...i.path]), code: "invalid_value", message: i.message });
      const tables = {} as Record<TableName, Record<string, unknown>>;
      for (const table of TABLE_NAMES) {
        const changed = refresh(table);
        const previous = lastTables.get(table);
        // Only a table whose records all parsed is kept, so an unchanged one needs no second look.
        if (!changed && previous) {
          tables[table] = previous;
          continue;
        }
        lastTables.delete(table);
        const records: Record<string, unknown> = {};
        let invalid = false;
        for (const [id, parsed] of cache.get(table)!) {
          if (parsed.ok) records[id] = parsed.record;
          else {
            invalid = true;
            issues.push(...parsed.issues);
          }
        }
        tables[table] = records;
        if (!invalid) lastTables.set(table, records);
      }
      fresh = false;
      if (issues.length > 0 || !map.success) return { ok: false, issues };
      // Every record above passed its table's schema, and the map its own: the shape is the document's.
      const document = { format: DOCUMENT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, map: map.data, ...(tables as Tables) } as JourneyDocument;
      const refs = referenceIssues(document);
      return refs.length ? { ok: false, issues: refs } : { ok: true, document };
    },
    destroy() {
      for (const stop of stops) stop();
    },
  };
}
