import * as Y from "yjs";
import { spliceRichText, spliceString, type Patch, type PatchOp } from "@kaart/core";
import type { Origin } from "./origins";
import { mapRoots } from "./y-roots";
import { textKinds } from "./text-kinds";
import { writeFields } from "./write-fields";
import { isRichText, spliceRuns } from "./rich-text-y";

type Roots = ReturnType<typeof mapRoots>;
type SpliceOp = Extract<PatchOp, { op: "splice" }>;

/**
 * Applies a core patch to a map's Y.Doc in ONE transaction carrying `origin`, so an undo step or
 * a stored update is the whole editor action. Puts change only the fields that differ; splices
 * become Y.Text deletes and inserts, so concurrent typing merges character by character. Like
 * core's `applyPatch`, ops on records that no longer exist are skipped (a concurrent delete won).
 * Compute the patch from this Y.Doc's current state (`yDocToDocument`) just before applying it:
 * a put made from a stale copy writes the stale fields back.
 *
 * @example
 * const r = renameStage(yDocToDocument(ydoc), { stageId, name: "Purchase" }, { now: new Date().toISOString() });
 * if (r.ok) applyPatchToYDoc(ydoc, r.patch, ORIGINS.localEdit);
 */
export function applyPatchToYDoc(ydoc: Y.Doc, patch: Patch, origin: Origin): void {
  const roots = mapRoots(ydoc);
  ydoc.transact(() => {
    for (const op of patch.ops) applyOp(roots, op);
  }, origin);
}

function applyOp(roots: Roots, op: PatchOp): void {
  switch (op.op) {
    case "putMap":
      writeFields(roots.map, { ...op.record }, textKinds("map"));
      return;
    case "put": {
      const table = roots.tables[op.table];
      const fields: Record<string, unknown> = { ...op.record };
      const existing = table.get(op.id);
      writeFields(existing instanceof Y.Map ? existing : table.set(op.id, new Y.Map<unknown>()), fields, textKinds(op.table, fields));
      return;
    }
    case "remove":
      roots.tables[op.table].delete(op.id);
      return;
    case "splice":
      applySplice(roots, op);
      return;
  }
}

function applySplice(roots: Roots, op: SpliceOp): void {
  const record = op.table === "map" ? roots.map : roots.tables[op.table].get(op.id);
  if (!(record instanceof Y.Map)) return;
  const kinds = textKinds(op.table, { recordId: record.get("recordId"), field: record.get("field") });
  const path = op.field.split(".");
  let parent: Y.Map<unknown> = record;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const child = parent.get(key);
    if (child instanceof Y.Map) parent = child;
    else if (typeof child === "object" && child !== null && !Array.isArray(child)) {
      parent.set(key, spliceJson(child as Record<string, unknown>, path.slice(i + 1), op));
      return;
    } else return;
  }
  const key = path[path.length - 1]!;
  const value = parent.get(key);
  if (value instanceof Y.Text) {
    if (kinds.at(op.field) === "rich") spliceRuns(value, op.index, op.deleteCount, op.insert);
    else spliceYText(value, op);
  } else if (typeof value === "string" || value === undefined) {
    const text = spliceString(value ?? "", op.index, op.deleteCount, op.insert);
    parent.set(key, kinds.at(op.field) === "plain" ? new Y.Text(text) : text);
  } else if (isRichText(value)) parent.set(key, spliceRichText(value, op.index, op.deleteCount, op.insert));
}

function spliceYText(text: Y.Text, op: SpliceOp): void {
  const at = Math.max(0, Math.min(op.index, text.length));
  const end = Math.max(at, Math.min(at + Math.max(0, op.deleteCount), text.length));
  if (end > at) text.delete(at, end - at);
  if (op.insert !== "") text.insert(at, op.insert);
}

/** A splice inside a plain JSON value (a field the binding does not keep as Y types). */
function spliceJson(value: Record<string, unknown>, path: string[], op: SpliceOp): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const child = value[head];
  if (rest.length > 0) {
    return typeof child === "object" && child !== null && !Array.isArray(child) ? { ...value, [head]: spliceJson(child as Record<string, unknown>, rest, op) } : value;
  }
  if (typeof child === "string" || child === undefined) return { ...value, [head]: spliceString(child ?? "", op.index, op.deleteCount, op.insert) };
  if (isRichText(child)) return { ...value, [head]: spliceRichText(child, op.index, op.deleteCount, op.insert) };
  return value;
}
