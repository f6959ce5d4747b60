import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema, newId, type StepId } from "../records/ids";
import { stepSchema, type Step } from "../records/step";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { placeAmong, positionSchema } from "./position";
import { stampedPatch } from "./map-touch";
import { definedFields, putOp, rekeyOps } from "./put-op";

export const addStepArgsSchema = z.strictObject({
  stageId: idSchema("stage"),
  name: stepSchema.shape.name.default(""),
  description: stepSchema.shape.description,
  position: positionSchema("step"),
});
export type AddStepArgs = z.input<typeof addStepArgsSchema>;

/**
 * Adds a step (a column) to a stage, at `position` among that stage's steps or at its end.
 * Returns the new step's id.
 *
 * @example
 * const r = addStep(doc, { stageId: "stage:buy", name: "Pay", position: { before: "step:checkout" } }, { now });
 */
export function addStep(doc: JourneyDocument, args: AddStepArgs, ctx: OperationContext): OperationResult<StepId> {
  const parsed = parseArgs(addStepArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { position, stageId, ...fields } = parsed.value;
  if (!doc.stages[stageId]) return fail("not_found", `stage ${stageId} does not exist`);
  const siblings = Object.values(doc.steps).filter((s) => s.stageId === stageId);
  const place = placeAmong(siblings, position, "step of this stage");
  if (!place.ok) return fail(place.error.code, place.error.message);
  const id = newId("step", ctx.random);
  const step: Step = { id, stageId, ...definedFields(fields), order: place.order };
  return succeed(stampedPatch(doc, ctx, [...rekeyOps("steps", doc.steps, place.rekeyed), putOp("steps", step)]), id);
}
