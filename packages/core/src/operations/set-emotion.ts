import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema, type EmotionId } from "../records/ids";
import { emotionIdFor, emotionPointSchema, type EmotionPoint } from "../records/emotion-point";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { putOp } from "./put-op";
import { applyChanges } from "./apply-changes";

const p = emotionPointSchema.shape;
export const setEmotionArgsSchema = z.strictObject({
  stepId: idSchema("step"),
  /** Whose curve; the map's persona-less curve when absent. */
  personaId: idSchema("persona").optional(),
  variant: p.variant.default("asIs"),
  score: p.score,
  /** Kept from the existing point when absent; `null` clears. */
  confidence: p.confidence.unwrap().nullable().optional(),
  note: p.note.unwrap().nullable().optional(),
  evidence: p.evidence.unwrap().nullable().optional(),
});
export type SetEmotionArgs = z.input<typeof setEmotionArgsSchema>;

/**
 * Sets a persona's emotion score at a step (as-is or to-be). The point's id is derived from
 * (step, persona, variant), so two people scoring the same point write the same record. The
 * score is stored as given; whether it lies on the map's scale is for lint to say.
 *
 * @example
 * setEmotion(doc, { stepId: "step:checkout", personaId: "persona:mia", score: -2, note: "Card declined" }, { now })
 */
export function setEmotion(doc: JourneyDocument, args: SetEmotionArgs, ctx: OperationContext): OperationResult<EmotionId> {
  const parsed = parseArgs(setEmotionArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { stepId, personaId, variant, score, ...extra } = parsed.value;
  if (!doc.steps[stepId]) return fail("not_found", `step ${stepId} does not exist`);
  if (personaId && !doc.personas[personaId]) return fail("not_found", `persona ${personaId} does not exist`);
  const id = emotionIdFor(stepId, personaId, variant);
  const base: EmotionPoint = doc.emotions[id] ?? { id, stepId, ...(personaId ? { personaId } : {}), variant, score };
  const point = applyChanges({ ...base, score }, extra);
  if (JSON.stringify(point) === JSON.stringify(doc.emotions[id])) return succeed(stampedPatch(doc, ctx, []), id);
  return succeed(stampedPatch(doc, ctx, [putOp("emotions", point)]), id);
}
