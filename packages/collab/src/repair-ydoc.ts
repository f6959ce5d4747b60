import type * as Y from "yjs";
import { journeyDocumentSchema, migrateDocument, removeOrphans, toPointer, type DocumentIssue, type JourneyDocument, type OperationContext } from "@kaart/core";
import { ORIGINS, type Origin } from "./origins";
import { yDocToJson } from "./ydoc-to-document";
import { applyPatchToYDoc } from "./apply-patch-to-ydoc";

export type RepairResult = { ok: true; removed: number } | { ok: false; issues: DocumentIssue[] };

/**
 * Removes what merging concurrent edits left dangling — a step added to a stage someone else
 * removed at the same time, a card in a removed lane — with core's `removeOrphans`, in one
 * transaction (origin `repair`). Each client's edit was valid; only their merge is not, so this
 * runs after remote updates are applied. Records that are malformed (not merely dangling) are
 * not repaired: their issues are returned.
 *
 * @example
 * Y.applyUpdate(ydoc, update, ORIGINS.remote);
 * if (!validateYDoc(ydoc).ok) repairYDoc(ydoc, { now: new Date().toISOString() });
 */
export function repairYDoc(ydoc: Y.Doc, ctx: OperationContext, origin: Origin = ORIGINS.repair): RepairResult {
  const parsed = journeyDocumentSchema.safeParse(migrateDocument(yDocToJson(ydoc)));
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ pointer: toPointer(i.path), code: "invalid_value", message: i.message })) };
  }
  // Shape-checked by the schema above; only references may dangle, which is what is repaired.
  const doc = parsed.data as JourneyDocument;
  const r = removeOrphans(doc, {}, ctx);
  if (!r.ok) return { ok: false, issues: [{ pointer: "", code: "invalid_value", message: r.error.message }] };
  if (r.patch.ops.length > 0) applyPatchToYDoc(ydoc, r.patch, origin);
  return { ok: true, removed: r.value };
}
