import type { JourneyDocument } from "../document/journey-document";
import type { JourneyMap } from "../records/journey-map";
import { EMPTY_PATCH, type Patch, type PatchOp } from "../patch/patch";
import type { OperationContext } from "./operation-context";

/**
 * The patch of an operation, stamped: every operation that changes anything also puts the map
 * record with `updatedAt = ctx.now` (with the operation's own map changes, if any). The `putMap`
 * comes first so that splices of map text fields later in the patch apply on top of it; an
 * operation that changes nothing returns the empty patch and leaves `updatedAt` alone.
 */
export function stampedPatch(doc: JourneyDocument, ctx: OperationContext, ops: PatchOp[], map?: JourneyMap): Patch {
  if (ops.length === 0 && map === undefined) return EMPTY_PATCH;
  return { ops: [{ op: "putMap", record: { ...(map ?? doc.map), updatedAt: ctx.now } }, ...ops] };
}
