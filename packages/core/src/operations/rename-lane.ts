import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { laneSchema } from "../records/lane";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { textSpliceOps } from "./text-splice";

export const renameLaneArgsSchema = z.strictObject({ laneId: idSchema("lane"), name: laneSchema.shape.name });
export type RenameLaneArgs = z.input<typeof renameLaneArgsSchema>;

/**
 * Renames a lane with the smallest text splice, so it merges with concurrent typing.
 *
 * @example
 * renameLane(doc, { laneId: "lane:does", name: "Doing" }, { now })
 */
export function renameLane(doc: JourneyDocument, args: RenameLaneArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(renameLaneArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const lane = doc.lanes[parsed.value.laneId];
  if (!lane) return fail("not_found", `lane ${parsed.value.laneId} does not exist`);
  return succeed(stampedPatch(doc, ctx, textSpliceOps("lanes", lane.id, "name", lane.name, parsed.value.name)), undefined);
}
