import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { newId, type StageId } from "../records/ids";
import { stageSchema, type Stage } from "../records/stage";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { PatchOp } from "../patch/patch";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { placeAmong, positionSchema } from "./position";
import { stampedPatch } from "./map-touch";
import { definedFields, putOp, rekeyOps } from "./put-op";

export const addStageArgsSchema = z.strictObject({
  name: stageSchema.shape.name.default(""),
  description: stageSchema.shape.description,
  customerGoal: stageSchema.shape.customerGoal,
  position: positionSchema("stage"),
});
export type AddStageArgs = z.input<typeof addStageArgsSchema>;

/**
 * Adds a stage (a phase of the journey) at `position` among the stages, at the end when absent.
 * Returns the new stage's id.
 *
 * @example
 * const r = addStage(doc, { name: "Onboarding", position: { after: "stage:buy" } }, { now });
 * if (r.ok) doc = applyPatch(doc, r.patch); // r.value is the new StageId
 */
export function addStage(doc: JourneyDocument, args: AddStageArgs, ctx: OperationContext): OperationResult<StageId> {
  const parsed = parseArgs(addStageArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { position, ...fields } = parsed.value;
  const place = placeAmong(Object.values(doc.stages), position, "stage");
  if (!place.ok) return fail(place.error.code, place.error.message);
  const id = newId("stage", ctx.random);
  const stage: Stage = { id, ...definedFields(fields), order: place.order, kpis: [] };
  const ops: PatchOp[] = [...rekeyOps("stages", doc.stages, place.rekeyed), putOp("stages", stage)];
  return succeed(stampedPatch(doc, ctx, ops), id);
}
