import { z } from "zod";
import { idSchema, idSuffix, type EmotionId, type PersonaId, type StepId } from "./ids";
import { evidenceSchema } from "./evidence";
import type { RecordMigration } from "./migration";

/**
 * One point of an emotion curve: a persona's score at a step, on the map's declared scale.
 * `asIs` is the experience today, `toBe` the one designed. Without a persona the point belongs
 * to the map's persona-less curve (a Mermaid task without actors).
 */
export const emotionPointSchema = z.strictObject({
  id: idSchema("emotion"),
  stepId: idSchema("step"),
  personaId: idSchema("persona").optional(),
  variant: z.enum(["asIs", "toBe"]),
  /** Any finite number; whether it lies on the scale is a lint warning, not a validation error. */
  score: z.number().finite(),
  /** 0 (a guess) to 1 (measured). */
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().max(2_000).optional(),
  evidence: z.array(evidenceSchema).max(100).optional(),
});
export type EmotionPoint = z.infer<typeof emotionPointSchema>;
export type EmotionVariant = EmotionPoint["variant"];
export const emotionPointMigrations: RecordMigration[] = [];

/** Deterministic id of the point for (step, persona, variant), so concurrent scoring converges. */
export function emotionIdFor(stepId: StepId, personaId: PersonaId | undefined, variant: EmotionVariant): EmotionId {
  const who = personaId ? idSuffix(personaId) : "_";
  return `emotion:${idSuffix(stepId)}~${who}~${variant}`;
}
