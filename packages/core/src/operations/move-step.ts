import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { placeAmong, positionSchema } from "./position";
import { stampedPatch } from "./map-touch";
import { putOp, rekeyOps } from "./put-op";

export const moveStepArgsSchema = z.strictObject({
  stepId: idSchema("step"),
  /** The stage to move into; the step's own stage when absent. */
  stageId: idSchema("stage").optional(),
  /** Among the steps of the target stage; its end when absent. */
  position: positionSchema("step"),
});
export type MoveStepArgs = z.input<typeof moveStepArgsSchema>;

/**
 * Moves a step within its stage or into another stage. Its cells, cards and emotion points point
 * at the step, so they travel with it; only the step record changes.
 *
 * @example
 * moveStep(doc, { stepId: "step:compare", stageId: "stage:buy", position: { before: "step:checkout" } }, { now })
 */
export function moveStep(doc: JourneyDocument, args: MoveStepArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(moveStepArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { stepId, position } = parsed.value;
  const step = doc.steps[stepId];
  if (!step) return fail("not_found", `step ${stepId} does not exist`);
  const stageId = parsed.value.stageId ?? step.stageId;
  if (!doc.stages[stageId]) return fail("not_found", `stage ${stageId} does not exist`);
  if (position && ("before" in position ? position.before : position.after) === stepId) {
    return fail("invalid_argument", "a step cannot be placed next to itself");
  }
  const siblings = Object.values(doc.steps).filter((s) => s.stageId === stageId && s.id !== stepId);
  const place = placeAmong(siblings, position, "step of the target stage");
  if (!place.ok) return fail(place.error.code, place.error.message);
  if (stageId === step.stageId && place.order === step.order && place.rekeyed.size === 0) return succeed(stampedPatch(doc, ctx, []), undefined);
  const ops = [...rekeyOps("steps", doc.steps, place.rekeyed), putOp("steps", { ...step, stageId, order: place.order })];
  return succeed(stampedPatch(doc, ctx, ops), undefined);
}
