import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { cellIdFor } from "../records/cell";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { PatchOp } from "../patch/patch";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { putOp } from "./put-op";
import { cellAtSchema } from "./cell-address";
import { removalCascade } from "./removal-cascade";

export const clearCellArgsSchema = z.strictObject({ laneId: idSchema("lane"), at: cellAtSchema });
export type ClearCellArgs = z.input<typeof clearCellArgsSchema>;

/**
 * Empties the cell at (lane, step or stage): removes the cell and its translations. A cell that
 * comment threads are anchored to stays, as empty text, so the threads keep their place. Cards
 * are records of their own and stay.
 *
 * @example
 * clearCell(doc, { laneId: "lane:does", at: "step:search" }, { now })
 */
export function clearCell(doc: JourneyDocument, args: ClearCellArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(clearCellArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const id = cellIdFor(parsed.value.laneId, parsed.value.at);
  const cell = doc.cells[id];
  if (!cell) return fail("not_found", `there is no cell at ${parsed.value.laneId} / ${parsed.value.at}`);
  const anchored = Object.values(doc.anchors).some((a) => a.target.kind === "cell" && a.target.id === id);
  if (!anchored) return succeed(stampedPatch(doc, ctx, removalCascade(doc, { cells: [id] }).ops), undefined);
  const ops: PatchOp[] = Object.values(doc.translations)
    .filter((t) => t.recordId === id)
    .map((t) => ({ op: "remove", table: "translations", id: t.id }));
  ops.push(putOp("cells", { ...cell, content: { kind: "text", text: [] } }));
  return succeed(stampedPatch(doc, ctx, ops), undefined);
}
