import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";

export const removeLaneArgsSchema = z.strictObject({ laneId: idSchema("lane") });
export type RemoveLaneArgs = z.input<typeof removeLaneArgsSchema>;

/**
 * Removes a lane with its cells and cards, their anchors and their translations.
 *
 * @example
 * removeLane(doc, { laneId: "lane:pains" }, { now })
 */
export function removeLane(doc: JourneyDocument, args: RemoveLaneArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(removeLaneArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  if (!doc.lanes[parsed.value.laneId]) return fail("not_found", `lane ${parsed.value.laneId} does not exist`);
  const { ops, map } = removalCascade(doc, { lanes: [parsed.value.laneId] });
  return succeed(stampedPatch(doc, ctx, ops, map), undefined);
}
