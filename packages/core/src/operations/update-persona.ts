import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { channelTypeSchema } from "../records/channel";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { recordUpdateOps } from "./record-update-ops";
import { addPersonaArgsSchema } from "./add-persona";

const s = addPersonaArgsSchema.shape;
const textList = z.array(z.string().min(1).max(1_000)).max(100);
export const updatePersonaArgsSchema = z.strictObject({
  personaId: idSchema("persona"),
  /** Fields to change; `null` clears an optional field. */
  changes: z.strictObject({
    name: s.name.optional(),
    workspacePersonaId: s.workspacePersonaId.unwrap().nullable().optional(),
    avatar: s.avatar.unwrap().nullable().optional(),
    quote: s.quote.unwrap().nullable().optional(),
    age: s.age.unwrap().nullable().optional(),
    occupation: s.occupation.unwrap().nullable().optional(),
    familyStatus: s.familyStatus.unwrap().nullable().optional(),
    location: s.location.unwrap().nullable().optional(),
    professionalGoals: textList.optional(),
    personalGoals: textList.optional(),
    needs: textList.optional(),
    frustrations: textList.optional(),
    motivations: textList.optional(),
    behaviours: textList.optional(),
    preferredChannels: z.array(channelTypeSchema).max(20).optional(),
    techProficiency: s.techProficiency.unwrap().nullable().optional(),
    attributes: z.array(z.strictObject({ key: z.string().min(1).max(200), value: z.string().max(2_000) })).max(100).optional(),
    b2bRole: s.b2bRole.unwrap().nullable().optional(),
  }),
});
export type UpdatePersonaArgs = z.input<typeof updatePersonaArgsSchema>;

/**
 * Changes fields of a persona. Typed text (name, quote, occupation, …) changes by splice; lists
 * and other values by putting the persona.
 *
 * @example
 * updatePersona(doc, { personaId: "persona:mia", changes: { quote: "Just let me pay", age: null } }, { now })
 */
export function updatePersona(doc: JourneyDocument, args: UpdatePersonaArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(updatePersonaArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const persona = doc.personas[parsed.value.personaId];
  if (!persona) return fail("not_found", `persona ${parsed.value.personaId} does not exist`);
  return succeed(stampedPatch(doc, ctx, recordUpdateOps("personas", persona, parsed.value.changes)), undefined);
}
