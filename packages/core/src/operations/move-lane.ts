import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { placeAmong, positionSchema } from "./position";
import { stampedPatch } from "./map-touch";
import { putOp, rekeyOps } from "./put-op";

export const moveLaneArgsSchema = z.strictObject({ laneId: idSchema("lane"), position: positionSchema("lane") });
export type MoveLaneArgs = z.input<typeof moveLaneArgsSchema>;

/**
 * Moves a lane above or below another lane, or to the bottom when `position` is absent.
 *
 * @example
 * moveLane(doc, { laneId: "lane:pains", position: { before: "lane:does" } }, { now })
 */
export function moveLane(doc: JourneyDocument, args: MoveLaneArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(moveLaneArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { laneId, position } = parsed.value;
  const lane = doc.lanes[laneId];
  if (!lane) return fail("not_found", `lane ${laneId} does not exist`);
  if (position && ("before" in position ? position.before : position.after) === laneId) {
    return fail("invalid_argument", "a lane cannot be placed next to itself");
  }
  const place = placeAmong(Object.values(doc.lanes).filter((l) => l.id !== laneId), position, "lane");
  if (!place.ok) return fail(place.error.code, place.error.message);
  if (place.order === lane.order && place.rekeyed.size === 0) return succeed(stampedPatch(doc, ctx, []), undefined);
  return succeed(stampedPatch(doc, ctx, [...rekeyOps("lanes", doc.lanes, place.rekeyed), putOp("lanes", { ...lane, order: place.order })]), undefined);
}
