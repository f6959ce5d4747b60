import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";

export const removePersonaArgsSchema = z.strictObject({ personaId: idSchema("persona") });
export type RemovePersonaArgs = z.input<typeof removePersonaArgsSchema>;

/**
 * Removes a persona: its emotion points and translations go, it leaves the map's targets, and
 * lanes scoped to it become lanes of every persona (their content stays).
 *
 * @example
 * removePersona(doc, { personaId: "persona:ben" }, { now })
 */
export function removePersona(doc: JourneyDocument, args: RemovePersonaArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(removePersonaArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  if (!doc.personas[parsed.value.personaId]) return fail("not_found", `persona ${parsed.value.personaId} does not exist`);
  const { ops, map } = removalCascade(doc, { personas: [parsed.value.personaId] });
  return succeed(stampedPatch(doc, ctx, ops, map), undefined);
}
