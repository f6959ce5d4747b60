import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";

export const attachPersonaArgsSchema = z.strictObject({ personaId: idSchema("persona") });
export type AttachPersonaArgs = z.input<typeof attachPersonaArgsSchema>;

/**
 * Makes a persona of the map one of the personas the map is for (`map.scope.targetPersonaIds`).
 *
 * @example
 * attachPersona(doc, { personaId: "persona:ben" }, { now })
 */
export function attachPersona(doc: JourneyDocument, args: AttachPersonaArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(attachPersonaArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { personaId } = parsed.value;
  if (!doc.personas[personaId]) return fail("not_found", `persona ${personaId} does not exist`);
  const targets = doc.map.scope.targetPersonaIds;
  if (targets.includes(personaId)) return fail("duplicate", `persona ${personaId} is already a target of the map`);
  if (targets.length >= 100) return fail("out_of_range", "a map targets at most 100 personas");
  const map = { ...doc.map, scope: { ...doc.map.scope, targetPersonaIds: [...targets, personaId] } };
  return succeed(stampedPatch(doc, ctx, [], map), undefined);
}
