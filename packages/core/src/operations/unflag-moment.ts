import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { PatchOp } from "../patch/patch";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { putOp } from "./put-op";

export const unflagMomentArgsSchema = z.strictObject({ stepId: idSchema("step") });
export type UnflagMomentArgs = z.input<typeof unflagMomentArgsSchema>;

/**
 * Un-marks a moment that matters; translations of its why go with it.
 *
 * @example
 * unflagMoment(doc, { stepId: "step:checkout" }, { now })
 */
export function unflagMoment(doc: JourneyDocument, args: UnflagMomentArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(unflagMomentArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const step = doc.steps[parsed.value.stepId];
  if (!step) return fail("not_found", `step ${parsed.value.stepId} does not exist`);
  if (!step.momentThatMatters) return fail("not_found", `step ${step.id} is not a moment that matters`);
  const { momentThatMatters: _why, ...rest } = step;
  const ops: PatchOp[] = Object.values(doc.translations)
    .filter((t) => t.recordId === step.id && t.field === "momentThatMatters.why")
    .map((t) => ({ op: "remove", table: "translations", id: t.id }));
  return succeed(stampedPatch(doc, ctx, [putOp("steps", rest), ...ops]), undefined);
}
