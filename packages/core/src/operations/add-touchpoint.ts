import type { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { newId, type TouchpointId } from "../records/ids";
import { touchpointSchema, type Touchpoint } from "../records/touchpoint";
import { OFFLINE_CHANNELS } from "../records/channel";
import { succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { definedFields, putOp } from "./put-op";

export const addTouchpointArgsSchema = touchpointSchema.omit({ id: true }).extend({
  /** Whether the customer meets it on a screen; by default, unless the channel is an offline one. */
  online: touchpointSchema.shape.online.optional(),
});
export type AddTouchpointArgs = z.input<typeof addTouchpointArgsSchema>;

/**
 * Adds a touchpoint (where the customer meets the brand); cells list it by id.
 * Returns the new touchpoint's id.
 *
 * @example
 * addTouchpoint(doc, { name: "Support hotline", channel: "phone", ownerTeam: "Support" }, { now })
 */
export function addTouchpoint(doc: JourneyDocument, args: AddTouchpointArgs, ctx: OperationContext): OperationResult<TouchpointId> {
  const parsed = parseArgs(addTouchpointArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const id = newId("touchpoint", ctx.random);
  const { online, ...fields } = parsed.value;
  const touchpoint: Touchpoint = { id, ...definedFields(fields), online: online ?? !OFFLINE_CHANNELS.has(fields.channel) };
  return succeed(stampedPatch(doc, ctx, [putOp("touchpoints", touchpoint)]), id);
}
