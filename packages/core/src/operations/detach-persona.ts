import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";

export const detachPersonaArgsSchema = z.strictObject({ personaId: idSchema("persona") });
export type DetachPersonaArgs = z.input<typeof detachPersonaArgsSchema>;

/**
 * Stops targeting a persona; the persona record, its lanes and its emotion points stay.
 *
 * @example
 * detachPersona(doc, { personaId: "persona:mia" }, { now })
 */
export function detachPersona(doc: JourneyDocument, args: DetachPersonaArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(detachPersonaArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { personaId } = parsed.value;
  const targets = doc.map.scope.targetPersonaIds;
  if (!targets.includes(personaId)) return fail("not_found", `persona ${personaId} is not a target of the map`);
  const map = { ...doc.map, scope: { ...doc.map.scope, targetPersonaIds: targets.filter((id) => id !== personaId) } };
  return succeed(stampedPatch(doc, ctx, [], map), undefined);
}
