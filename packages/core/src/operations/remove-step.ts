import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";

export const removeStepArgsSchema = z.strictObject({ stepId: idSchema("step") });
export type RemoveStepArgs = z.input<typeof removeStepArgsSchema>;

/**
 * Removes a step with its cells, cards, emotion points, flow edges, anchors and translations.
 *
 * @example
 * removeStep(doc, { stepId: "step:compare" }, { now })
 */
export function removeStep(doc: JourneyDocument, args: RemoveStepArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(removeStepArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  if (!doc.steps[parsed.value.stepId]) return fail("not_found", `step ${parsed.value.stepId} does not exist`);
  const { ops, map } = removalCascade(doc, { steps: [parsed.value.stepId] });
  return succeed(stampedPatch(doc, ctx, ops, map), undefined);
}
