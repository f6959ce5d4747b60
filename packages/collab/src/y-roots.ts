import type * as Y from "yjs";
import { TABLE_NAMES, type TableName } from "@kaart/core";

/**
 * The top-level types of a map's Y.Doc: `meta` (format, schemaVersion), `map` (the map record's
 * fields) and one Y.Map per table, keyed by record id, each record a Y.Map of its fields. Getting
 * them defines them, so every client sees the same shape whichever touches it first.
 *
 * @example
 * const undo = new Y.UndoManager(Object.values(mapRoots(ydoc).all), { trackedOrigins: new Set([ORIGINS.localEdit]) });
 */
export function mapRoots(ydoc: Y.Doc) {
  const tables = {} as Record<TableName, Y.Map<unknown>>;
  for (const name of TABLE_NAMES) tables[name] = ydoc.getMap(name);
  const meta = ydoc.getMap<unknown>("meta");
  const map = ydoc.getMap<unknown>("map");
  return { meta, map, tables, all: { meta, map, ...tables } };
}
