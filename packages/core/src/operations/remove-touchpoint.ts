import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";

export const removeTouchpointArgsSchema = z.strictObject({ touchpointId: idSchema("touchpoint") });
export type RemoveTouchpointArgs = z.input<typeof removeTouchpointArgsSchema>;

/**
 * Removes a touchpoint and takes it out of every touchpoint cell that lists it (the cells stay).
 *
 * @example
 * removeTouchpoint(doc, { touchpointId: "touchpoint:store" }, { now })
 */
export function removeTouchpoint(doc: JourneyDocument, args: RemoveTouchpointArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(removeTouchpointArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  if (!doc.touchpoints[parsed.value.touchpointId]) return fail("not_found", `touchpoint ${parsed.value.touchpointId} does not exist`);
  return succeed(stampedPatch(doc, ctx, removalCascade(doc, { touchpoints: [parsed.value.touchpointId] }).ops), undefined);
}
