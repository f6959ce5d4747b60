import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import type { TableName } from "../document/tables";
import { succeed, type OperationResult } from "../patch/operation-result";
import type { PatchOp } from "../patch/patch";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";
import { tableOfId } from "./text-fields";

export const removeOrphansArgsSchema = z.strictObject({});
export type RemoveOrphansArgs = z.input<typeof removeOrphansArgsSchema>;

/** Ids that records point at but that the document does not hold, by table. */
function missingTargets(doc: JourneyDocument): Partial<Record<TableName, string[]>> {
  const missing: Partial<Record<TableName, string[]>> = {};
  const need = (table: TableName, id: string | undefined) => {
    if (id !== undefined && !(id in doc[table])) (missing[table] ??= []).push(id);
  };
  for (const s of Object.values(doc.steps)) need("stages", s.stageId);
  for (const r of [...Object.values(doc.cells), ...Object.values(doc.cards)]) {
    need("lanes", r.laneId);
    need("steps", r.stepId);
    need("stages", r.stageId);
  }
  for (const c of Object.values(doc.cells)) if (c.content.kind === "touchpoints") c.content.touchpointIds.forEach((id) => need("touchpoints", id));
  for (const e of Object.values(doc.emotions)) {
    need("steps", e.stepId);
    need("personas", e.personaId);
  }
  for (const f of Object.values(doc.flows)) [f.from, f.to].forEach((id) => need("steps", id));
  for (const l of Object.values(doc.lanes)) need("personas", l.personaId);
  doc.map.scope.targetPersonaIds.forEach((id) => need("personas", id));
  for (const a of Object.values(doc.anchors)) {
    if (a.target.kind === "stage") need("stages", a.target.id);
    else if (a.target.kind === "step") need("steps", a.target.id);
    else if (a.target.kind === "cell") need("cells", a.target.id);
  }
  return missing;
}

function recordExists(doc: JourneyDocument, id: string): boolean {
  const table = tableOfId(id);
  return table === "map" ? id === doc.map.id : table !== undefined && id in doc[table];
}

/**
 * Repairs references left dangling by merging concurrent edits (one person removes a stage while
 * another adds a step to it): everything pointing at a missing record goes the way it would have
 * gone had the record been removed here, and translations of missing records go. A document
 * without dangling references gives the empty patch. Returns how many records were removed.
 *
 * @example
 * const r = removeOrphans(mergedDocument, {}, { now });
 * if (r.ok && r.value > 0) mergedDocument = applyPatch(mergedDocument, r.patch);
 */
export function removeOrphans(doc: JourneyDocument, args: RemoveOrphansArgs, ctx: OperationContext): OperationResult<number> {
  const parsed = parseArgs(removeOrphansArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { ops, map } = removalCascade(doc, missingTargets(doc));
  const removed = new Set(ops.filter((o) => o.op === "remove").map((o) => o.id));
  const stale: PatchOp[] = Object.values(doc.translations)
    .filter((t) => !removed.has(t.id) && !recordExists(doc, t.recordId))
    .map((t) => ({ op: "remove", table: "translations", id: t.id }));
  const all = [...ops, ...stale];
  return succeed(stampedPatch(doc, ctx, all, map), all.filter((o) => o.op === "remove").length);
}
