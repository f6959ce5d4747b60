import type { JourneyDocument } from "../document/journey-document";
import type { RichText } from "../records/rich-text";
import type { Patch, PatchOp } from "./patch";
import { spliceRichText, spliceString } from "./splice-text";

/**
 * Applies a patch to a plain document and returns the new document; the input is not modified
 * (tables that change are copied, the rest shared). Ops on records that do not exist are skipped:
 * a patch made against an older state must not throw when replayed after a concurrent delete.
 */
export function applyPatch(doc: JourneyDocument, patch: Patch): JourneyDocument {
  let out = doc;
  const copied = new Set<string>();
  const table = (name: keyof JourneyDocument) => {
    if (out === doc) out = { ...doc };
    if (!copied.has(name)) {
      (out as unknown as Record<string, unknown>)[name] = { ...(out[name] as object) };
      copied.add(name);
    }
    return (out as unknown as Record<string, Record<string, unknown>>)[name]!;
  };
  for (const op of patch.ops) applyOp(op, table, () => out, (d) => (out = d));
  return out;
}

function applyOp(
  op: PatchOp,
  table: (name: keyof JourneyDocument) => Record<string, unknown>,
  current: () => JourneyDocument,
  replace: (d: JourneyDocument) => void,
): void {
  switch (op.op) {
    case "put":
      table(op.table)[op.id] = op.record;
      return;
    case "remove":
      if (op.id in current()[op.table]) delete table(op.table)[op.id];
      return;
    case "putMap":
      replace({ ...current(), map: op.record });
      return;
    case "splice": {
      const record = op.table === "map" ? current().map : (current()[op.table][op.id] as unknown);
      if (!record) return;
      const next = spliceField(record as Record<string, unknown>, op.field.split("."), op.index, op.deleteCount, op.insert);
      if (op.table === "map") replace({ ...current(), map: next as JourneyDocument["map"] });
      else table(op.table)[op.id] = next;
      return;
    }
  }
}

function spliceField(record: Record<string, unknown>, path: string[], index: number, del: number, insert: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return record;
  const value = record[head];
  if (rest.length > 0) {
    if (typeof value !== "object" || value === null) return record;
    return { ...record, [head]: spliceField(value as Record<string, unknown>, rest, index, del, insert) };
  }
  if (typeof value === "string" || value === undefined) return { ...record, [head]: spliceString(value ?? "", index, del, insert) };
  if (Array.isArray(value)) return { ...record, [head]: spliceRichText(value as RichText, index, del, insert) };
  return record;
}
