import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema, newId, type LaneId } from "../records/ids";
import { laneSchema, laneTypeSchema, type Lane } from "../records/lane";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { placeAmong, positionSchema } from "./position";
import { stampedPatch } from "./map-touch";
import { definedFields, putOp, rekeyOps } from "./put-op";

export const addLaneArgsSchema = z.strictObject({
  type: laneTypeSchema,
  name: laneSchema.shape.name.default(""),
  description: laneSchema.shape.description,
  /** Scope the lane to one persona (e.g. that persona's thoughts). */
  personaId: idSchema("persona").optional(),
  position: positionSchema("lane"),
});
export type AddLaneArgs = z.input<typeof addLaneArgsSchema>;

/**
 * Adds a lane (a row: actions, thoughts, pain points, backstage, …) at `position` or at the
 * bottom. Returns the new lane's id.
 *
 * @example
 * addLane(doc, { type: "thoughts", name: "Thinks", position: { after: "lane:does" } }, { now })
 */
export function addLane(doc: JourneyDocument, args: AddLaneArgs, ctx: OperationContext): OperationResult<LaneId> {
  const parsed = parseArgs(addLaneArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { position, ...fields } = parsed.value;
  if (fields.personaId && !doc.personas[fields.personaId]) return fail("not_found", `persona ${fields.personaId} does not exist`);
  const place = placeAmong(Object.values(doc.lanes), position, "lane");
  if (!place.ok) return fail(place.error.code, place.error.message);
  const id = newId("lane", ctx.random);
  const lane: Lane = { id, ...definedFields(fields), order: place.order };
  return succeed(stampedPatch(doc, ctx, [...rekeyOps("lanes", doc.lanes, place.rekeyed), putOp("lanes", lane)]), id);
}
