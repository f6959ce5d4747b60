import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { placeAmong, positionSchema } from "./position";
import { stampedPatch } from "./map-touch";
import { putOp, rekeyOps } from "./put-op";

export const moveStageArgsSchema = z.strictObject({ stageId: idSchema("stage"), position: positionSchema("stage") });
export type MoveStageArgs = z.input<typeof moveStageArgsSchema>;

/**
 * Moves a stage (with its steps, which follow their stage) before or after another stage, or to
 * the end when `position` is absent. Only order keys change, so the move merges with edits.
 *
 * @example
 * moveStage(doc, { stageId: "stage:buy", position: { before: "stage:discover" } }, { now })
 */
export function moveStage(doc: JourneyDocument, args: MoveStageArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(moveStageArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { stageId, position } = parsed.value;
  const stage = doc.stages[stageId];
  if (!stage) return fail("not_found", `stage ${stageId} does not exist`);
  if (position && ("before" in position ? position.before : position.after) === stageId) {
    return fail("invalid_argument", "a stage cannot be placed next to itself");
  }
  const place = placeAmong(Object.values(doc.stages).filter((s) => s.id !== stageId), position, "stage");
  if (!place.ok) return fail(place.error.code, place.error.message);
  if (place.order === stage.order && place.rekeyed.size === 0) return succeed(stampedPatch(doc, ctx, []), undefined);
  return succeed(stampedPatch(doc, ctx, [...rekeyOps("stages", doc.stages, place.rekeyed), putOp("stages", { ...stage, order: place.order })]), undefined);
}
