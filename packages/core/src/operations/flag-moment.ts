import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { putOp } from "./put-op";
import { textSpliceOps } from "./text-splice";

export const flagMomentArgsSchema = z.strictObject({ stepId: idSchema("step"), why: z.string().max(2_000).default("") });
export type FlagMomentArgs = z.input<typeof flagMomentArgsSchema>;

/**
 * Marks a step as a moment that matters, with why. Flagging a flagged step edits its why by
 * splice, so it merges with someone typing in it.
 *
 * @example
 * flagMoment(doc, { stepId: "step:checkout", why: "Money changes hands" }, { now })
 */
export function flagMoment(doc: JourneyDocument, args: FlagMomentArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(flagMomentArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { stepId, why } = parsed.value;
  const step = doc.steps[stepId];
  if (!step) return fail("not_found", `step ${stepId} does not exist`);
  if (step.momentThatMatters) return succeed(stampedPatch(doc, ctx, textSpliceOps("steps", stepId, "momentThatMatters.why", step.momentThatMatters.why, why)), undefined);
  return succeed(stampedPatch(doc, ctx, [putOp("steps", { ...step, momentThatMatters: { why } })]), undefined);
}
