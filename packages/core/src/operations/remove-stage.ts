import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";

export const removeStageArgsSchema = z.strictObject({ stageId: idSchema("stage") });
export type RemoveStageArgs = z.input<typeof removeStageArgsSchema>;

/**
 * Removes a stage and everything that points at it: its steps (and theirs: cells, cards, emotion
 * points, flow edges, anchors), cells and cards spanning the stage, and translations of all of it.
 *
 * @example
 * removeStage(doc, { stageId: "stage:buy" }, { now })
 */
export function removeStage(doc: JourneyDocument, args: RemoveStageArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(removeStageArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  if (!doc.stages[parsed.value.stageId]) return fail("not_found", `stage ${parsed.value.stageId} does not exist`);
  const { ops, map } = removalCascade(doc, { stages: [parsed.value.stageId] });
  return succeed(stampedPatch(doc, ctx, ops, map), undefined);
}
