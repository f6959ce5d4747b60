import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { stageSchema } from "../records/stage";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { textSpliceOps } from "./text-splice";

export const renameStageArgsSchema = z.strictObject({ stageId: idSchema("stage"), name: stageSchema.shape.name });
export type RenameStageArgs = z.input<typeof renameStageArgsSchema>;

/**
 * Renames a stage with the smallest text splice from the old name to the new, so a rename merges
 * with someone typing in the same name. Renaming to the same name changes nothing.
 *
 * @example
 * renameStage(doc, { stageId: "stage:buy", name: "Purchase" }, { now })
 */
export function renameStage(doc: JourneyDocument, args: RenameStageArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(renameStageArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const stage = doc.stages[parsed.value.stageId];
  if (!stage) return fail("not_found", `stage ${parsed.value.stageId} does not exist`);
  return succeed(stampedPatch(doc, ctx, textSpliceOps("stages", stage.id, "name", stage.name, parsed.value.name)), undefined);
}
