import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { stepSchema } from "../records/step";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { textSpliceOps } from "./text-splice";

export const renameStepArgsSchema = z.strictObject({ stepId: idSchema("step"), name: stepSchema.shape.name });
export type RenameStepArgs = z.input<typeof renameStepArgsSchema>;

/**
 * Renames a step with the smallest text splice, so it merges with concurrent typing.
 *
 * @example
 * renameStep(doc, { stepId: "step:search", name: "Search online" }, { now })
 */
export function renameStep(doc: JourneyDocument, args: RenameStepArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(renameStepArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const step = doc.steps[parsed.value.stepId];
  if (!step) return fail("not_found", `step ${parsed.value.stepId} does not exist`);
  return succeed(stampedPatch(doc, ctx, textSpliceOps("steps", step.id, "name", step.name, parsed.value.name)), undefined);
}
