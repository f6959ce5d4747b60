import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema, type CellId } from "../records/ids";
import { cellContentSchema, cellIdFor, type Cell, type CellContent } from "../records/cell";
import { canonicalRichText } from "./canonical-rich-text";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { putOp } from "./put-op";
import { cellAtSchema, resolveCellAddress } from "./cell-address";
import { richTextSpliceOps } from "./text-splice";

export const setCellContentArgsSchema = z.strictObject({
  laneId: idSchema("lane"),
  /** The step (one column) or the stage (spanning it) of the cell. */
  at: cellAtSchema,
  content: cellContentSchema,
});
export type SetCellContentArgs = z.input<typeof setCellContentArgsSchema>;

/**
 * Sets what the cell at (lane, step or stage) holds, creating the cell when empty. The cell id is
 * derived from its place, so two people filling one empty cell write the same record. Editing
 * text that keeps its formatting is a splice of `content.text`, merging with concurrent typing;
 * anything else puts the cell. Returns the cell id.
 *
 * @example
 * setCellContent(doc, { laneId: "lane:does", at: "step:search", content: { kind: "text", text: [{ text: "Googles" }] } }, { now })
 */
export function setCellContent(doc: JourneyDocument, args: SetCellContentArgs, ctx: OperationContext): OperationResult<CellId> {
  const parsed = parseArgs(setCellContentArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { laneId, at } = parsed.value;
  // Rich text is kept canonical (no empty runs, equal neighbours joined), as the Yjs binding keeps it.
  const content: CellContent = parsed.value.content.kind === "text" ? { kind: "text", text: canonicalRichText(parsed.value.content.text) } : parsed.value.content;
  const where = resolveCellAddress(doc, laneId, at);
  if (!where.ok) return fail(where.error.code, where.error.message);
  if (content.kind === "touchpoints") {
    const missing = content.touchpointIds.find((id) => !doc.touchpoints[id]);
    if (missing) return fail("not_found", `touchpoint ${missing} does not exist`);
  }
  const id = cellIdFor(laneId, at);
  const old = doc.cells[id];
  if (old?.content.kind === "text" && content.kind === "text") {
    const splice = richTextSpliceOps("cells", id, "content.text", old.content.text, content.text);
    if (splice) return succeed(stampedPatch(doc, ctx, splice), id);
  }
  const cell: Cell = { id, ...where.address, content };
  if (old && JSON.stringify(old) === JSON.stringify(cell)) return succeed(stampedPatch(doc, ctx, []), id);
  return succeed(stampedPatch(doc, ctx, [putOp("cells", cell)]), id);
}
