import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { touchpointSchema } from "../records/touchpoint";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { recordUpdateOps } from "./record-update-ops";

const s = touchpointSchema.shape;
export const updateTouchpointArgsSchema = z.strictObject({
  touchpointId: idSchema("touchpoint"),
  /** Fields to change; `null` clears an optional field. */
  changes: z.strictObject({
    name: s.name.optional(),
    channel: s.channel.optional(),
    online: s.online.optional(),
    ownerTeam: s.ownerTeam.unwrap().nullable().optional(),
    description: s.description.unwrap().nullable().optional(),
    workspaceTouchpointId: s.workspaceTouchpointId.unwrap().nullable().optional(),
  }),
});
export type UpdateTouchpointArgs = z.input<typeof updateTouchpointArgsSchema>;

/**
 * Changes fields of a touchpoint; its name and description change by splice.
 *
 * @example
 * updateTouchpoint(doc, { touchpointId, changes: { ownerTeam: "E-commerce" } }, { now })
 */
export function updateTouchpoint(doc: JourneyDocument, args: UpdateTouchpointArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(updateTouchpointArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const touchpoint = doc.touchpoints[parsed.value.touchpointId];
  if (!touchpoint) return fail("not_found", `touchpoint ${parsed.value.touchpointId} does not exist`);
  return succeed(stampedPatch(doc, ctx, recordUpdateOps("touchpoints", touchpoint, parsed.value.changes)), undefined);
}
