import type { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { newId, type PersonaId } from "../records/ids";
import { personaSchema, type Persona } from "../records/persona";
import { succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { definedFields, putOp } from "./put-op";

export const addPersonaArgsSchema = personaSchema.omit({ id: true });
export type AddPersonaArgs = z.input<typeof addPersonaArgsSchema>;

/**
 * Adds a persona record to the map (not yet a target of the map: see `attachPersona`).
 * Returns the new persona's id.
 *
 * @example
 * addPersona(doc, { name: "Mia", age: 34, occupation: "Nurse", preferredChannels: ["app"] }, { now })
 */
export function addPersona(doc: JourneyDocument, args: AddPersonaArgs, ctx: OperationContext): OperationResult<PersonaId> {
  const parsed = parseArgs(addPersonaArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const id = newId("persona", ctx.random);
  const persona: Persona = { id, ...definedFields(parsed.value) };
  return succeed(stampedPatch(doc, ctx, [putOp("personas", persona)]), id);
}
