import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { stepSchema } from "../records/step";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { putOp } from "./put-op";
import { applyChanges } from "./apply-changes";

export const setStepBindingArgsSchema = z.strictObject({
  stepId: idSchema("step"),
  /** Event-log activities (exact names and glob patterns) the step stands for; `null` unbinds. */
  binding: stepSchema.shape.binding.unwrap().nullable(),
});
export type SetStepBindingArgs = z.input<typeof setStepBindingArgsSchema>;

/**
 * Binds a step to event-log activities so analytics can measure it, or unbinds it with `null`.
 *
 * @example
 * setStepBinding(doc, { stepId: "step:checkout", binding: { activities: ["checkout_started"], patterns: ["payment_*"] } }, { now })
 */
export function setStepBinding(doc: JourneyDocument, args: SetStepBindingArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(setStepBindingArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const step = doc.steps[parsed.value.stepId];
  if (!step) return fail("not_found", `step ${parsed.value.stepId} does not exist`);
  const next = applyChanges(step, { binding: parsed.value.binding });
  if (JSON.stringify(next) === JSON.stringify(step)) return succeed(stampedPatch(doc, ctx, []), undefined);
  return succeed(stampedPatch(doc, ctx, [putOp("steps", next)]), undefined);
}
